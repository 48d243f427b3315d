package com.cocreation5r.it;

import com.cocreation5r.identity.Groups;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * The people of one test: a user of their own for each group the test (or a fixture it calls)
 * acts as, so tests never share people or depend on demo data.
 *
 * <p>Request scoped: each in-container test method runs in a request of its own, so the test and
 * the fixtures it calls meet the same program manager, recruiter, … and the next test new ones.
 */
@RequestScoped
public class Staff {

    @Inject
    IdentityService identityService;

    private final Map<String, TestUser> members = new HashMap<>();

    /** This test's member of {@code group}, created the first time it is asked for. */
    public TestUser of(String group) {
        return members.computeIfAbsent(group, this::another);
    }

    /** One more member of {@code group}, for a test that needs two evaluators, say. */
    public TestUser another(String group) {
        return TestUser.create(identityService, group);
    }

    /**
     * A partner admitted by the process, who got an engine user without a password; the test sets
     * one, as following the invitation link would, to sign them in.
     */
    public TestUser admittedPartner(String userId) {
        String password = "pw-" + UUID.randomUUID();
        User user = identityService.createUserQuery().userId(userId).singleResult();
        user.setPassword(password);
        identityService.saveUser(user);
        return new TestUser(userId, password, Groups.PARTNER);
    }
}
