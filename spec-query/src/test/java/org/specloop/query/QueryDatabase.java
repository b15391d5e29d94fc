package org.specloop.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.specloop.query.shared.ObjectHistory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;

import java.util.UUID;

/**
 * A fresh database with the query migrations applied, one per test: H2 in memory, or a new
 * schema in PostgreSQL when -Dspecloop.query.postgresUrl=jdbc:postgresql://127.0.0.1:5432/postgres
 * is given, to prove the same SQL on both.
 */
public final class QueryDatabase {
    private static final String postgresUrl = System.getProperty("specloop.query.postgresUrl");
    public final DataSource dataSource;
    public final NamedParameterJdbcTemplate jdbc;
    public final ObjectMapper json = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    public final ObjectHistory history;

    public QueryDatabase() {
        this(null);
    }

    private QueryDatabase(String version) {
        dataSource = postgresUrl == null ? h2() : postgres();
        migrate(version);
        jdbc = new NamedParameterJdbcTemplate(dataSource);
        history = new ObjectHistory(jdbc);
    }

    /** A database with the migrations up to and including version (as 12.210) alone: to test a later one on data. */
    public static QueryDatabase upTo(String version) {
        return new QueryDatabase(version);
    }

    /** Applies the migrations not applied yet. */
    public void migrate() {
        migrate(null);
    }

    private void migrate(String version) {
        var flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/query");
        (version == null ? flyway : flyway.target(version)).load().migrate();
    }

    private static DataSource h2() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return dataSource;
    }

    private static DataSource postgres() {
        String schema = "q_test_" + UUID.randomUUID().toString().replace("-", "");
        String user = System.getProperty("specloop.query.postgresUser", "postgres");
        JdbcTemplate admin = new JdbcTemplate(new DriverManagerDataSource(postgresUrl, user, ""));
        admin.execute("CREATE SCHEMA " + schema);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> admin.execute("DROP SCHEMA " + schema + " CASCADE")));
        return new DriverManagerDataSource(postgresUrl + "?currentSchema=" + schema, user, "");
    }

    public int count(String sql) {
        Integer n = jdbc.getJdbcTemplate().queryForObject(sql, Integer.class);
        return n == null ? 0 : n;
    }
}
