package org.specloop.app.replay;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.specloop.app.PostgresTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Replay on the production store, with production's eight segments per processor. The event processors
 * are stopped before the database is dropped: left running, they would spend the JVM's exit waiting for
 * connections to a database that no longer exists.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "test", "test-postgres"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresReplayTest extends ReplayScenario {
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
