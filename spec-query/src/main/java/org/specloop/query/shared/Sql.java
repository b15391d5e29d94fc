package org.specloop.query.shared;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Small portable SQL helpers: the same statements must run on H2 and PostgreSQL. */
public final class Sql {
    private Sql() {
    }

    public static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }

    public static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /**
     * Update, and insert when nothing was there: replay-safe without a database-specific
     * upsert. Events of one aggregate arrive in order on one segment, so the gap is harmless.
     */
    public static void upsert(NamedParameterJdbcTemplate jdbc, String update, String insert, MapSqlParameterSource params) {
        if (jdbc.update(update, params) == 0) {
            jdbc.update(insert, params);
        }
    }

    public static String enumName(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
