package org.specloop.loop.policy;

import org.postgresql.PGStatement;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A query planned anew at every execution, for the chart queries whose tables grow from empty while the node runs.
 * PostgreSQL keeps a pooled connection's generic plan of a server-prepared statement until the tables' statistics
 * change, which needs ANALYZE (autovacuum). The chart's join, planned while {@code loop_lot_stat} held a page,
 * kept a sequential scan of it per lot of the source: 71,965 scans and 12 ms a query in a plant run of 10^4
 * measurements without autovacuum, loop-feedback 6,000-15,000 events behind at 10^5 (docs/benchmarks.md, plant).
 * The look-ups by a list of lots ({@code lot_id IN (...)}, one statement per list length) kept theirs too: at 10^6
 * a full scan of loop_lot or loop_lot_stat per batch. Planning each time costs about 0.1 ms, so only statements
 * over the loop's growing tables that run per batch or per chart use it. Other databases (H2) prepare as usual.
 */
final class FreshPlan implements PreparedStatementCreator {
    private final String sql;
    private final Object[] args;

    private FreshPlan(String sql, Object[] args) {
        this.sql = sql;
        this.args = args;
    }

    static FreshPlan of(String sql, Object... args) {
        return new FreshPlan(sql, args);
    }

    /** With named parameters; a collection becomes one placeholder per element, as NamedParameterJdbcTemplate does. */
    static FreshPlan named(String sql, SqlParameterSource params) {
        ParsedSql parsed = NamedParameterUtils.parseSqlStatement(sql);
        List<Object> args = new ArrayList<>();
        for (Object value : NamedParameterUtils.buildValueArray(parsed, params, null)) {
            if (value instanceof Iterable<?> elements) {
                elements.forEach(args::add);
            } else {
                args.add(value);
            }
        }
        return new FreshPlan(NamedParameterUtils.substituteNamedParameters(parsed, params), args.toArray());
    }

    @Override
    public PreparedStatement createPreparedStatement(Connection connection) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        if (statement.isWrapperFor(PGStatement.class)) {
            // 0: never switch to a named server-side statement, so the server plans each execution with its values
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        }
        new ArgumentPreparedStatementSetter(args).setValues(statement);
        return statement;
    }
}
