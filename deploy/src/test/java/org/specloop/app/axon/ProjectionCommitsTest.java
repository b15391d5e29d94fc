package org.specloop.app.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.specloop.app.PostgresTestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A projection's batch on PostgreSQL commits without waiting for the flush, that batch's transaction only: the
 * next transaction on the same connection (a policy's batch, a command) waits again. On H2 the batch runs as before.
 */
class ProjectionCommitsTest {
    private SingleConnectionDataSource dataSource;

    @AfterEach
    void close() {
        if (dataSource != null) {
            dataSource.destroy();
        }
    }

    @Test
    void on_postgresql_only_the_projections_batch_commits_without_waiting_for_the_flush() throws Exception {
        dataSource = new SingleConnectionDataSource(postgres(), true);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);

        assertThat(settingInBatch(jdbc)).isEqualTo("off");
        assertThat(jdbc.queryForObject("SHOW synchronous_commit", String.class)).isEqualTo("on");
    }

    @Test
    void on_h2_the_batch_runs_unchanged() throws Exception {
        dataSource = new SingleConnectionDataSource("jdbc:h2:mem:projection-commits;DB_CLOSE_DELAY=-1", "sa", "", true);
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);

        assertThat(handledInBatch(jdbc, "SELECT 'handled'")).isEqualTo("handled");
    }

    private static Connection postgres() {
        try {
            return DriverManager.getConnection("jdbc:postgresql://" + PostgresTestDatabase.HOST + "/postgres",
                    PostgresTestDatabase.USER, "");
        } catch (SQLException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("PostgreSQL at " + PostgresTestDatabase.HOST + " is required under CI=true", e);
            }
            Assumptions.abort("PostgreSQL is not reachable, skipping: " + e.getMessage());
            return null;
        }
    }

    private String settingInBatch(JdbcTemplate jdbc) throws Exception {
        return handledInBatch(jdbc, "SHOW synchronous_commit");
    }

    /** Runs the interceptor, then a handler asking the query, in a unit of work with a transaction, as a work package does. */
    private String handledInBatch(JdbcTemplate jdbc, String query) throws Exception {
        ProjectionCommits commits = new ProjectionCommits(jdbc);
        UnitOfWork<EventMessage<?>> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("an event"));
        batch.attachTransaction(new SpringTransactionManager(new DataSourceTransactionManager(dataSource)));
        AtomicReference<String> answer = new AtomicReference<>();
        commits.handle(batch, () -> {
            answer.set(jdbc.queryForObject(query, String.class));
            return null;
        });
        batch.commit();
        return answer.get();
    }
}
