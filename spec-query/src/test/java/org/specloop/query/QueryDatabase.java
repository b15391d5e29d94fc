package org.specloop.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.specloop.query.shared.ObjectHistory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.util.UUID;

/** A fresh H2 in-memory database with the query migrations applied, one per test. */
public final class QueryDatabase {
    public final NamedParameterJdbcTemplate jdbc;
    public final ObjectMapper json = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    public final ObjectHistory history;

    public QueryDatabase() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/query").load().migrate();
        jdbc = new NamedParameterJdbcTemplate(dataSource);
        history = new ObjectHistory(jdbc);
    }

    public int count(String sql) {
        Integer n = jdbc.getJdbcTemplate().queryForObject(sql, Integer.class);
        return n == null ? 0 : n;
    }
}
