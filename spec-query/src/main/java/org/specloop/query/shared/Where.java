package org.specloop.query.shared;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.util.ArrayList;
import java.util.List;

/** Builds a WHERE clause from the filters actually given, so absent filters cost nothing and need no typed nulls. */
public final class Where {
    private final List<String> conditions = new ArrayList<>();
    private final MapSqlParameterSource params = new MapSqlParameterSource();

    public Where eq(String column, Object value) {
        if (value != null) {
            String name = "p" + conditions.size();
            conditions.add(column + " = :" + name);
            params.addValue(name, value);
        }
        return this;
    }

    /** A condition written by the caller with one named parameter; skipped when value is null. */
    public Where when(Object value, String name, String condition) {
        if (value != null) {
            conditions.add(condition);
            params.addValue(name, value);
        }
        return this;
    }

    /** A condition without parameters, added only when it applies. */
    public Where when(boolean applies, String condition) {
        if (applies) {
            conditions.add(condition);
        }
        return this;
    }

    public String sql() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    public MapSqlParameterSource params() {
        return params;
    }
}
