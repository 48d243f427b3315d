package com.cocreation5r.identity;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * Gives a new production database its first administrator: when no user is in the
 * {@value Groups#ADMIN} group yet and the server was started with
 * {@code -Dcocreation.initial-admin.password=…}, the user {@value #USER_ID} is created with it.
 * Without the property nothing happens, so no default password ever exists.
 */
@Singleton
@Startup
@DependsOn("ProcessEngineBootstrap")
public class InitialAdministrator {

    static final String USER_ID = "admin";
    static final String PASSWORD_PROPERTY = "cocreation.initial-admin.password";

    private static final Logger LOG = Logger.getLogger(InitialAdministrator.class.getName());

    @Inject
    private IdentityService identityService;

    @PostConstruct
    void createIfMissing() {
        String password = System.getProperty(PASSWORD_PROPERTY);
        if (password == null || password.isBlank()
                || identityService.createUserQuery().memberOfGroup(Groups.ADMIN).count() > 0) {
            return;
        }
        User admin = identityService.newUser(USER_ID);
        admin.setFirstName("Initial");
        admin.setLastName("Administrator");
        admin.setPassword(password);
        identityService.saveUser(admin);
        identityService.createMembership(USER_ID, Groups.ADMIN);
        LOG.warning(() -> "Created the initial administrator '" + USER_ID + "'; remove " + PASSWORD_PROPERTY
                + " from the server's start options");
    }
}
