package org.specloop.bench.common;

import java.io.Reader;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.postgresql.PGConnection;

/**
 * The yardstick: the same rows written with PostgreSQL's fastest path, COPY FROM STDIN into a plain
 * table keyed by measurement id, committed (so as durable as the events). Rows are rendered before
 * the clock starts, so only the database's work is timed.
 */
public final class PgCopy {
    private PgCopy() {
    }

    private static final String TABLE = """
            CREATE TABLE bench_measurement (
                lot_id             VARCHAR(200)     NOT NULL,
                measurement_id     VARCHAR(200)     NOT NULL PRIMARY KEY,
                sample_id          VARCHAR(200)     NOT NULL,
                test_temperature_c DOUBLE PRECISION NOT NULL,
                lab                VARCHAR(200)     NOT NULL,
                instrument         VARCHAR(200)     NOT NULL,
                method             VARCHAR(64)      NOT NULL,
                property_values    JSONB            NOT NULL,
                measured_at        TIMESTAMPTZ      NOT NULL)""";

    /**
     * COPYs rows (the COPY text format of the columns above, one line per measurement) into a new table;
     * returns the seconds the COPY took until its commit.
     */
    public static double run(String url, String user, CharSequence rows, long expected) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, user, "")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(TABLE);
            }
            connection.setAutoCommit(false);
            long start = System.nanoTime();
            try (Reader in = new StringReader(rows.toString())) {
                long copied = connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("COPY bench_measurement FROM STDIN", in);
                connection.commit();
                double seconds = (System.nanoTime() - start) / 1e9;
                if (copied != expected) {
                    throw new IllegalStateException("COPY wrote " + copied + " rows, expected " + expected);
                }
                return seconds;
            }
        }
    }
}
