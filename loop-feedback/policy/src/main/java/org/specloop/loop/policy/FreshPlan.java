package org.specloop.loop.policy;

import org.postgresql.PGStatement;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.PreparedStatementCreator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A query planned anew at every execution, for the chart queries whose tables grow from empty while the node runs.
 * PostgreSQL keeps a pooled connection's generic plan of a server-prepared statement until the tables' statistics
 * change, which needs ANALYZE (autovacuum). The chart's join, planned while {@code loop_lot_stat} held a page,
 * kept a sequential scan of it per lot of the source: 71,965 scans and 12 ms a query in a plant run of 10^4
 * measurements without autovacuum, loop-feedback 6,000-15,000 events behind at 10^5 (docs/benchmarks.md, plant).
 * Planning each time costs about 0.1 ms. Other databases (H2) prepare as usual.
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
