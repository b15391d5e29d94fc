package org.specloop.query.motorresult;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.specloop.contracts.motor.RequirementVerdict;
import org.specloop.query.shared.Page;
import org.specloop.query.shared.PageQuery;
import org.specloop.query.shared.Sql;
import org.specloop.readside.shared.Json;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the motor result tables written by {@link MotorResultProjection}: by run, motor, design or magnet lot. */
@Repository
public class MotorResultReadModel {
    public static final Map<String, String> SORTABLE = Map.of("startedAt", "started_at", "finishedAt", "finished_at",
            "runId", "run_id", "motorSerial", "motor_serial", "motorDesign", "motor_design");
    private static final TypeReference<List<RequirementVerdict>> VERDICTS = new TypeReference<>() { };
    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json;

    public MotorResultReadModel(NamedParameterJdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<RunResult> run(String runId) {
        return runs(" WHERE r.run_id = :value", runId, PageQuery.parse("0", "1", null, SORTABLE, "runId")).items().stream().findFirst();
    }

    public Page<RunResult> byMotor(String motorSerial, PageQuery page) {
        return runs(" WHERE r.motor_serial = :value", motorSerial, page);
    }

    public Page<RunResult> byDesign(String designId, PageQuery page) {
        return runs(" WHERE r.motor_design = :value", designId, page);
    }

    /** The runs of the motors that carry magnets of this lot. */
    public Page<RunResult> byLot(String lotId, PageQuery page) {
        return runs(" WHERE r.run_id IN (SELECT l.run_id FROM q_motor_run_lot l WHERE l.lot_id = :value)", lotId, page);
    }

    private Page<RunResult> runs(String where, String value, PageQuery page) {
        MapSqlParameterSource params = new MapSqlParameterSource("value", value);
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM q_motor_run r" + where, params, Long.class);
        List<RunRow> rows = jdbc.query("SELECT r.* FROM q_motor_run r" + where + page.orderBy("run_id") + page.limit(),
                params, (rs, n) -> row(rs));
        List<String> ids = rows.stream().map(RunRow::runId).toList();
        Map<String, List<String>> lots = new HashMap<>();
        Map<String, List<PointResult>> points = new HashMap<>();
        if (!ids.isEmpty()) {
            MapSqlParameterSource in = new MapSqlParameterSource("ids", ids);
            jdbc.query("SELECT run_id, lot_id FROM q_motor_run_lot WHERE run_id IN (:ids) ORDER BY lot_id", in,
                    rs -> { lots.computeIfAbsent(rs.getString("run_id"), k -> new ArrayList<>()).add(rs.getString("lot_id")); });
            jdbc.query("SELECT * FROM q_motor_point WHERE run_id IN (:ids) ORDER BY recorded_at, point_id", in,
                    rs -> { points.computeIfAbsent(rs.getString("run_id"), k -> new ArrayList<>()).add(point(rs)); });
        }
        List<RunResult> items = rows.stream().map(r -> new RunResult(r.runId, r.motorSerial, r.motorDesign, r.rigId,
                r.ratedPowerKw, lots.getOrDefault(r.runId, List.of()), r.startedAt, r.finishedAt, r.finishedAt != null,
                r.pointsRecorded, r.failedPoints > 0 ? "FAIL" : r.pointsRecorded > 0 ? "PASS" : "NOT_MEASURED",
                points.getOrDefault(r.runId, List.of()))).toList();
        return new Page<>(items, page.page(), page.size(), total == null ? 0 : total);
    }

    private record RunRow(String runId, String motorSerial, String motorDesign, String rigId, Double ratedPowerKw,
                          Instant startedAt, Instant finishedAt, int pointsRecorded, int failedPoints) {
    }

    private static RunRow row(ResultSet rs) throws SQLException {
        return new RunRow(rs.getString("run_id"), rs.getString("motor_serial"), rs.getString("motor_design"),
                rs.getString("rig_id"), nullable(rs, "rated_power_kw"), Sql.instant(rs, "started_at"),
                Sql.instant(rs, "finished_at"), rs.getInt("points_recorded"), rs.getInt("failed_points"));
    }

    private PointResult point(ResultSet rs) throws SQLException {
        return new PointResult(rs.getString("point_id"), rs.getString("kind"), rs.getLong("sample_count"),
                nullable(rs, "mean_speed_rpm"), nullable(rs, "mean_torque_nm"), nullable(rs, "output_power_w"),
                nullable(rs, "input_power_w"), nullable(rs, "efficiency_percent"), nullable(rs, "ke_vs_per_rad"),
                nullable(rs, "temperature_rise_k"), nullable(rs, "vibration_rms_mm_s"), nullable(rs, "demag_loss_percent"),
                rs.getString("ie_class_met"), rs.getString("verdict"),
                Json.read(json, rs.getString("verdicts_json"), VERDICTS),
                Sql.instant(rs, "recorded_at"));
    }

    private static Double nullable(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
