package org.specloop.loop.policy;

import org.specloop.contracts.motor.MotorPerformanceRecorded;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Motor results per rig run and operating point, joined to the lots installed in the motor. */
@Component
class MotorTable {
    private final JdbcTemplate jdbc;
    private final FactVersions versions;

    public MotorTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.versions = new FactVersions(jdbc);
    }

    /** One operating point of a run; efficiency, ke and demagLoss are null where the point does not measure them. */
    public record Point(String pointId, String kind, Double efficiency, Double ke, Double demagLoss) {
    }

    /** One rig run of one motor, with its lots and points. */
    public record Run(String runId, String motorSerial, List<String> lots, List<Point> points) {
    }

    public void record(MotorPerformanceRecorded e) {
        jdbc.update("DELETE FROM loop_motor_point WHERE run_id = ? AND point_id = ?", e.runId(), e.pointId());
        jdbc.update("INSERT INTO loop_motor_point (run_id, point_id, motor_serial, design_id, kind, efficiency, ke, demag_loss,"
                        + " temp_rise, vibration, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                e.runId(), e.pointId(), e.motorSerial(), e.motorDesign(), e.kind().name(), e.efficiencyPercent(),
                e.keVsPerRad(), e.demagnetizationLossPercent(), e.temperatureRiseK(), e.vibrationRmsMmS(),
                Timestamp.from(e.recordedAt()));
        for (String lot : e.installedLots()) {
            jdbc.update("DELETE FROM loop_motor_lot WHERE run_id = ? AND lot_id = ?", e.runId(), lot);
            jdbc.update("INSERT INTO loop_motor_lot (run_id, lot_id) VALUES (?, ?)", e.runId(), lot);
        }
        versions.designChanged(e.motorDesign());
    }

    /** Before a replay of loop-feedback: the motor results, filled again from the events. */
    void clear() {
        for (String table : new String[]{"loop_motor_lot", "loop_motor_point"}) {
            jdbc.update("DELETE FROM " + table);
        }
        versions.allChanged();
    }

    public List<Run> runsOf(String designId) {
        Map<String, String> serials = new LinkedHashMap<>();
        Map<String, List<Point>> points = new LinkedHashMap<>();
        jdbc.query("SELECT run_id, motor_serial, point_id, kind, efficiency, ke, demag_loss FROM loop_motor_point"
                + " WHERE design_id = ? ORDER BY recorded_at, run_id, point_id", rs -> {
            String run = rs.getString(1);
            serials.putIfAbsent(run, rs.getString(2));
            points.computeIfAbsent(run, k -> new ArrayList<>()).add(new Point(rs.getString(3), rs.getString(4),
                    (Double) rs.getObject(5, Double.class), (Double) rs.getObject(6, Double.class), (Double) rs.getObject(7, Double.class)));
        }, designId);
        // the installed lots of all runs in one query: one per run made a fit over 10,000 motors 10,000 queries
        Map<String, List<String>> lots = new HashMap<>();
        jdbc.query("SELECT l.run_id, l.lot_id FROM loop_motor_lot l WHERE l.run_id IN"
                + " (SELECT p.run_id FROM loop_motor_point p WHERE p.design_id = ?) ORDER BY l.run_id, l.lot_id",
                rs -> {
                    lots.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }, designId);
        List<Run> runs = new ArrayList<>();
        serials.forEach((run, serial) -> runs.add(new Run(run, serial, List.copyOf(lots.getOrDefault(run, List.of())),
                points.get(run))));
        return runs;
    }

    /** The designs whose motors contain the lot, so a new measurement can refresh their fits. */
    public List<String> designsWithLot(String lotId) {
        return jdbc.queryForList("SELECT DISTINCT p.design_id FROM loop_motor_point p JOIN loop_motor_lot l"
                + " ON l.run_id = p.run_id WHERE l.lot_id = ?", String.class, lotId);
    }
}
