package org.specloop.readside.shared;

import java.util.Locale;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcOperations;

/** Which database the read side writes to, for the statements only PostgreSQL has (ON CONFLICT, a transactional TRUNCATE). */
public final class Database {
    private Database() {
    }

    public static boolean isPostgres(JdbcOperations jdbc) {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection ->
                connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")));
    }
}
