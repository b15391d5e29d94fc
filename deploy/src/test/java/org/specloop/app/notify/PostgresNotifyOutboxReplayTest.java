package org.specloop.app.notify;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.specloop.app.PostgresTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A replay of notify-outbox on the production store; processors stop before the database is dropped. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "specloop.notify.webhook.allowed-hosts=127.0.0.1",
        "specloop.notify.delivery.poll-interval=200ms"})
@ActiveProfiles(value = {"postgres", "test", "test-postgres"}, inheritProfiles = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresNotifyOutboxReplayTest extends NotifyOutboxReplayTest {
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
