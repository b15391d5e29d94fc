package org.specloop.app.core;

import org.junit.jupiter.api.AfterAll;
import org.specloop.app.PostgresTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The core scenario on the production store: a real PostgreSQL server, a database of its own. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "test", "test-postgres"})
class PostgresCoreEngineTest extends CoreEngineScenario {
    static PostgresTestDatabase database;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        database = PostgresTestDatabase.createFor(registry);
    }

    @AfterAll
    static void drop(@Autowired org.springframework.context.ApplicationContext application) {
        if (database != null) {
            database.stopThenDrop(application);
        }
    }
}
