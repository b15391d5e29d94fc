package org.specloop.app.sourcing;

import org.junit.jupiter.api.AfterAll;
import org.specloop.app.PostgresTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Relocation and disqualification as change triggers on PostgreSQL 15 with its production profile (8 segments
 * per processor): the policy's disqualification column, the claims and the query side's source columns on the real store.
 */
@ActiveProfiles({"postgres", "test", "test-postgres"})
@DirtiesContext
class SourceTriggersScenarioPostgresTest extends SourceTriggersScenarioTest {
    private static PostgresTestDatabase database;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry properties) {
        database = PostgresTestDatabase.create();
        properties.add("spring.datasource.url", database::url);
        properties.add("spring.datasource.username", database::user);
        properties.add("specloop.event-store.initial-segments", () -> "8");
    }

    @AfterAll
    static void drop(@Autowired org.springframework.context.ApplicationContext application) {
        if (database != null) {
            database.stopThenDrop(application);
        }
    }
}
