package org.specloop.app.deadletter;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.specloop.app.PostgresTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The dead-letter workflow on the production store (its migration of dead_letter_eviction, eight segments).
 * The processors are stopped before the database is dropped, as in PostgresReplayTest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "test", "test-postgres"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresDeadLetterWorkflowTest extends DeadLetterWorkflowTest {
    static PostgresTestDatabase database;
    @Autowired
    org.springframework.context.ApplicationContext application;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        database = PostgresTestDatabase.createFor(registry);
    }

    @AfterAll
    void stopProcessorsThenDrop() {
        if (database != null) {
            database.stopThenDrop(application);
        }
    }
}
