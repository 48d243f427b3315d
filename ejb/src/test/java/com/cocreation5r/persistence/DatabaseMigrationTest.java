package com.cocreation5r.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseMigrationTest {

    @Test
    void vendorFoldersAreNamedAfterTheDatabaseProduct() {
        assertThat(DatabaseMigration.vendor("PostgreSQL")).isEqualTo("postgresql");
        assertThat(DatabaseMigration.vendor("H2")).isEqualTo("h2");
        assertThat(DatabaseMigrationTest.class.getClassLoader()
                .getResource(DatabaseMigration.VENDOR + "postgresql/V2_1__audit_log_append_only.sql")).isNotNull();
    }
}
