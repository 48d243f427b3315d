package com.cocreation5r.it.persistence;

import static org.assertj.core.api.Assertions.assertThatCode;

import com.cocreation5r.it.Deployments;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import org.hibernate.SessionFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Flyway owns the schema and Hibernate never changes it, so nothing at start-up would notice an
 * entity whose table or columns the migrations do not create; this test does, on each database.
 */
@ExtendWith(ArquillianExtension.class)
class SchemaMatchesEntitiesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.withTest(SchemaMatchesEntitiesIT.class);
    }

    @PersistenceUnit(unitName = "cocreation")
    EntityManagerFactory entityManagerFactory;

    @Test
    void everyMappedEntityFindsItsTableAndColumnsInTheMigratedSchema() {
        assertThatCode(() -> entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager()
                .validateMappedObjects())
                .doesNotThrowAnyException();
    }
}
