package org.specloop.app;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Assumptions;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A private database on the real PostgreSQL server for one test class. Where no server answers,
 * the tests are skipped on a developer machine but fail under CI=true: CI must never pass by
 * silently not running them.
 */
public final class PostgresTestDatabase {
    public static final String HOST = System.getenv().getOrDefault("SPECLOOP_TEST_PG_HOST", "127.0.0.1:5432");
    public static final String USER = System.getenv().getOrDefault("SPECLOOP_TEST_PG_USER", "postgres");
    private final String name = "specloop_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    public static PostgresTestDatabase create() {
        PostgresTestDatabase database = new PostgresTestDatabase();
        try (Connection admin = database.admin()) {
            admin.createStatement().execute("CREATE DATABASE " + database.name);
        } catch (SQLException e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("PostgreSQL at " + HOST + " is required under CI=true but is not reachable", e);
            }
            Assumptions.abort("PostgreSQL at " + HOST + " is not reachable, skipping: " + e.getMessage());
        }
        return database;
    }

    /** Creates the database and points the application's datasource at it, from a @DynamicPropertySource method. */
    public static PostgresTestDatabase createFor(DynamicPropertyRegistry registry) {
        PostgresTestDatabase database = create();
        registry.add("spring.datasource.url", database::url);
        registry.add("spring.datasource.username", database::user);
        registry.add("spring.datasource.password", () -> "");
        return database;
    }

    public String url() {
        return "jdbc:postgresql://" + HOST + "/" + name;
    }

    public String user() {
        return USER;
    }

    /**
     * Stops the test application (every lifecycle bean: event processors, notification delivery, consumers)
     * and closes its connection pool, then drops its database; the context itself is closed later by the
     * test framework, which needs it active until then. Dropped under a running application, the processors'
     * work packages' aborts waited 30 s for their broken connections, a notification delivery round waited
     * Hikari's 30 s for a connection to the dropped database (and the context's close for that round), and
     * the pool, refilling itself, retried the missing database until its own close gave up: the forked test
     * JVM's exit, which closes every cached context, took over 30 s and Surefire killed it.
     */
    public void stopThenDrop(ApplicationContext application) {
        ((ConfigurableApplicationContext) application).stop();
        try {
            application.getBean(DataSource.class).unwrap(HikariDataSource.class).close();
        } catch (SQLException e) {
            throw new IllegalStateException("the test application's data source is not a Hikari pool", e);
        }
        drop();
    }

    public void drop() {
        try (Connection admin = admin()) {
            admin.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop test database " + name, e);
        }
    }

    private Connection admin() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + HOST + "/postgres", USER, "");
    }
}
