package org.specloop.readside.shared;

import org.springframework.jdbc.core.JdbcOperations;

/**
 * Whether one data source is PostgreSQL ({@link Database#isPostgres}), asked at the first use, as the data source
 * may not be up when its users are built, and kept: writers ask it for every batch.
 */
public final class DatabaseKind {
    private final JdbcOperations jdbc;
    private volatile Boolean postgres;

    public DatabaseKind(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isPostgres() {
        Boolean known = postgres;
        if (known == null) {
            known = Database.isPostgres(jdbc);
            postgres = known;
        }
        return known;
    }
}
