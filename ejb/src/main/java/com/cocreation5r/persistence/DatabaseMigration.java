package com.cocreation5r.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the application's own tables up to date with the migrations in {@code db/migration}.
 * The process engine manages its own tables; Hibernate never changes the schema.
 */
@ApplicationScoped
public class DatabaseMigration {

    @Resource(lookup = "java:jboss/datasources/CoCreationDS")
    private DataSource dataSource;

    public void migrate() {
        Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .table("app_schema_history")
                .load()
                .migrate();
    }
}
