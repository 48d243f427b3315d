package com.cocreation5r.identity;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

/** The signed-in user of the current request, with the groups the identity service gives them. */
@Dependent
public class Caller {

    private static final String ANONYMOUS = "anonymous";

    @Inject
    private Principal principal;

    @Inject
    private IdentityService identityService;

    public String userId() {
        String name = principal == null ? null : principal.getName();
        if (name == null || ANONYMOUS.equals(name)) {
            throw new EJBAccessException("Sign in first");
        }
        return name;
    }

    public List<String> groupIds() {
        return identityService.createGroupQuery().groupMember(userId()).list().stream()
                .map(Group::getId)
                .toList();
    }
}
