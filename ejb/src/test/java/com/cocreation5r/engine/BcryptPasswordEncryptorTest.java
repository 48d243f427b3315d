package com.cocreation5r.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BcryptPasswordEncryptorTest {

    private final BcryptPasswordEncryptor encryptor = new BcryptPasswordEncryptor();

    @Test
    void hashesInTheModularCryptFormatTheServerRealmReads() {
        String hash = encryptor.encrypt("s3cret");

        // Elytron's modular-crypt-mapper recognises bcrypt by the $2a$ prefix
        assertThat(hash).startsWith("$2a$10$").hasSize(60);
        assertThat(encryptor.hashAlgorithmName()).isEqualTo("BCRYPT");
    }

    @Test
    void checksTheRightPasswordOnlyAndSaltsEveryHash() {
        String hash = encryptor.encrypt("s3cret");

        assertThat(encryptor.check("s3cret", hash)).isTrue();
        assertThat(encryptor.check("S3cret", hash)).isFalse();
        assertThat(encryptor.encrypt("s3cret")).isNotEqualTo(hash);
    }

    @Test
    void theEngineAddsNoSaltOfItsOwn() {
        assertThat(new BcryptPasswordEncryptor.EmbeddedSalt().generateSalt()).isEmpty();
    }
}
