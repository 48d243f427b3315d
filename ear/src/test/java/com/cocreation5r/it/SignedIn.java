package com.cocreation5r.it;

import java.util.concurrent.Callable;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * Runs test code as a user signed in through the application's real security domain: their
 * password is checked and their groups become their roles, as at the login page.
 */
public final class SignedIn {

    private SignedIn() {
    }

    public static <T> T as(TestUser user, Callable<T> action) throws Exception {
        SecurityIdentity identity = SecurityDomain.getCurrent()
                .authenticate(user.id(), new PasswordGuessEvidence(user.password().toCharArray()));
        return identity.runAs(action);
    }

    /**
     * Signs the user in now and returns {@code action} to run as them on any thread, for tests
     * that act as several sessions at once.
     */
    public static <T> Callable<T> later(TestUser user, Callable<T> action) throws Exception {
        SecurityIdentity identity = SecurityDomain.getCurrent()
                .authenticate(user.id(), new PasswordGuessEvidence(user.password().toCharArray()));
        return () -> identity.runAs(action);
    }

    public static void as(TestUser user, ThrowingRunnable action) throws Exception {
        as(user, () -> {
            action.run();
            return null;
        });
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
