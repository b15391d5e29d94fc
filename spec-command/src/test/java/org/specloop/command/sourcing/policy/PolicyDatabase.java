package org.specloop.command.sourcing.policy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.UUID;

/** A fresh in-memory H2 with the command-side migrations, per test. */
final class PolicyDatabase {
    private PolicyDatabase() {
    }

    static JdbcTemplate fresh() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/command").load().migrate();
        return new JdbcTemplate(dataSource);
    }

    static ObjectMapper json() {
        return new ObjectMapper().registerModule(new JavaTimeModule());
    }
}
