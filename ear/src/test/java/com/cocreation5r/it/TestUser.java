package com.cocreation5r.it;

import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** A user made for one test, member of one group, so tests never share people or depend on demo data. */
public record TestUser(String id, String password, String group) {

    public static TestUser create(IdentityService identityService, String group) {
        String id = "it" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String password = "pw-" + UUID.randomUUID();
        User user = identityService.newUser(id);
        user.setFirstName("Test");
        user.setLastName(group);
        user.setPassword(password);
        identityService.saveUser(user);
        identityService.createMembership(id, group);
        return new TestUser(id, password, group);
    }
}
