package com.cocreation5r.engine;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.camunda.bpm.engine.impl.digest.SaltGenerator;

/**
 * Hashes the engine's user passwords with bcrypt.
 *
 * <p>The engine stores {@code {BCRYPT}$2a$...}; the server's security realm reads the same
 * column (without the prefix) in modular crypt format, so both check one hash.
 */
public class BcryptPasswordEncryptor implements PasswordEncryptor {

    static final String ALGORITHM = "BCRYPT";
    private static final int COST = 10;

    @Override
    public String encrypt(String password) {
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }

    @Override
    public boolean check(String password, String encrypted) {
        return BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8),
                encrypted.getBytes(StandardCharsets.UTF_8)).verified;
    }

    @Override
    public String hashAlgorithmName() {
        return ALGORITHM;
    }

    /** bcrypt puts a random salt into every hash, so the engine must not add one of its own. */
    public static class EmbeddedSalt implements SaltGenerator {
        @Override
        public String generateSalt() {
            return "";
        }
    }
}
