package org.specloop.app.replay;

import org.junit.jupiter.api.AfterAll;
import org.specloop.app.PostgresTestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Replay on the production store, with production's eight segments per processor. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "test", "test-postgres"})
class PostgresReplayTest extends ReplayScenario {
    static PostgresTestDatabase database;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        database = PostgresTestDatabase.create();
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::user);
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void drop() {
        if (database != null) {
            database.drop();
        }
    }
}
