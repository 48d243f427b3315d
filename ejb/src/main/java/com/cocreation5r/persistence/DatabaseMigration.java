package com.cocreation5r.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the application's own tables up to date with the migrations in {@code db/migration},
 * plus those in {@code db/vendor/<database>} for what only one database can do (PostgreSQL's
 * triggers, say). Versions are unique across both folders. The process engine manages its own
 * tables; Hibernate never changes the schema.
 */
@ApplicationScoped
public class DatabaseMigration {

    static final String COMMON = "db/migration";
    static final String VENDOR = "db/vendor/";

    @Resource(lookup = "java:jboss/datasources/CoCreationDS")
    private DataSource dataSource;

    public void migrate() {
        // a database without a folder of its own only makes Flyway log that the folder is missing
        Flyway.configure(DatabaseMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:" + COMMON, "classpath:" + VENDOR + vendor(productName()))
                .table("app_schema_history")
                .load()
                .migrate();
    }

    /** The folder name of a database product, as its JDBC driver names it: "PostgreSQL" → "postgresql". */
    static String vendor(String productName) {
        return productName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private String productName() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database the application runs on", e);
        }
    }
}
