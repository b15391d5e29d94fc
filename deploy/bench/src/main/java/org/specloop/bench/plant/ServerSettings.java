package org.specloop.bench.plant;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The PostgreSQL settings a run's figures depend on, reported with them. A server without autovacuum
 * (a developer's machine may run one) never removes the dead rows the read models leave behind (every
 * lot row is rewritten as its events come, a replay deletes and inserts every row) nor gathers the
 * planner's statistics: on such a database that had seen 45 replays a lot list page took 168 ms in
 * PostgreSQL, 2 ms after VACUUM ANALYZE. Production servers run it (PostgreSQL's default).
 */
record ServerSettings(String autovacuum) {

    static ServerSettings read(String jdbc, String user) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, user, "");
             Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SHOW autovacuum")) {
            rows.next();
            return new ServerSettings(rows.getString(1));
        }
    }

    boolean autovacuumOff() {
        return !"on".equals(autovacuum);
    }
}
