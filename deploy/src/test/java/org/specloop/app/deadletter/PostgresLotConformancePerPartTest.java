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
 * Per-part sequencing of lot-conformance on the production store, whose processors have eight segments: the
 * parts are spread over them, and a parked part still holds back only itself.
 * The processors are stopped before the database is dropped, as in PostgresReplayTest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(value = {"postgres", "test", "test-postgres"}, inheritProfiles = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresLotConformancePerPartTest extends LotConformancePerPartTest {
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
