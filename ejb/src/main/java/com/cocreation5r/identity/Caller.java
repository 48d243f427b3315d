package com.cocreation5r.identity;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.security.Principal;
import java.util.List;
import java.util.Optional;
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
        return signedInUserId().orElseThrow(() -> new EJBAccessException("Sign in first"));
    }

    /** The signed-in user, if any: start-up code and the job executor act for nobody. */
    public Optional<String> signedInUserId() {
        String name;
        try {
            name = principal == null ? null : principal.getName();
        } catch (IllegalStateException noSecurityContext) {
            // the job executor's threads have no security context at all: nobody is signed in there
            return Optional.empty();
        }
        if (name == null || ANONYMOUS.equals(name)) {
            return Optional.empty();
        }
        return Optional.of(name);
    }

    public List<String> groupIds() {
        return identityService.createGroupQuery().groupMember(userId()).list().stream()
                .map(Group::getId)
                .toList();
    }
}
