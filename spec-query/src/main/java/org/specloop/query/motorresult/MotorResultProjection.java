package org.specloop.query.motorresult;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.specloop.contracts.lot.Verdict;
import org.specloop.contracts.motor.MotorPerformanceRecorded;
import org.specloop.contracts.motor.MotorRunCompleted;
import org.specloop.contracts.motor.MotorTestRunStarted;
import org.specloop.contracts.motor.RequirementVerdict;
import org.specloop.query.shared.Sql;
import org.specloop.readside.shared.Json;
import org.specloop.readside.shared.ReadModelTables;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * Motor results by run, with the lots in each motor, so that results can be read per run, motor,
 * design and magnet lot. Every point event carries the motor, design and lots itself, so a point read
 * before its run's start (or without one) still lands on the right run.
 */
@Component
@ProcessingGroup("query-motor-results")
class MotorResultProjection {
    private final NamedParameterJdbcTemplate jdbc;
    private final ObjectMapper json;

    public MotorResultProjection(NamedParameterJdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @EventHandler
    public void on(MotorTestRunStarted e, @Timestamp Instant at) {
        run(e.runId(), e.motorSerial(), e.motorDesign(), e.rigId(), e.installedLots());
        jdbc.update("UPDATE q_motor_run SET rated_power_kw = :power, started_at = :when WHERE run_id = :id",
                run(e.runId()).addValue("power", e.ratedPowerKw())
                        .addValue("when", Sql.ts(e.startedAt() != null ? e.startedAt() : at)));
    }

    @EventHandler
    public void on(MotorPerformanceRecorded e, @Timestamp Instant at) {
        run(e.runId(), e.motorSerial(), e.motorDesign(), e.rigId(), e.installedLots());
        String verdict = overall(e.verdicts());
        MapSqlParameterSource point = run(e.runId()).addValue("point", e.pointId()).addValue("kind", Sql.enumName(e.kind()))
                .addValue("samples", e.sampleCount()).addValue("speed", e.meanSpeedRpm()).addValue("torque", e.meanTorqueNm())
                .addValue("output", e.outputPowerW()).addValue("input", e.inputPowerW())
                .addValue("efficiency", e.efficiencyPercent()).addValue("ke", e.keVsPerRad())
                .addValue("rise", e.temperatureRiseK()).addValue("vibration", e.vibrationRmsMmS())
                .addValue("loss", e.demagnetizationLossPercent()).addValue("ie", e.ieClassMet())
                .addValue("verdict", verdict).addValue("verdicts", Json.write(json, e.verdicts()))
                .addValue("when", Sql.ts(e.recordedAt() != null ? e.recordedAt() : at));
        Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM q_motor_point WHERE run_id = :id AND point_id = :point",
                point, Integer.class);
        if (known != null && known > 0) {
            return; // the run records a point once; a replayed event changes nothing
        }
        jdbc.update("INSERT INTO q_motor_point (run_id, point_id, kind, sample_count, mean_speed_rpm, mean_torque_nm,"
                + " output_power_w, input_power_w, efficiency_percent, ke_vs_per_rad, temperature_rise_k, vibration_rms_mm_s,"
                + " demag_loss_percent, ie_class_met, verdict, verdicts_json, recorded_at) VALUES (:id, :point, :kind,"
                + " :samples, :speed, :torque, :output, :input, :efficiency, :ke, :rise, :vibration, :loss, :ie, :verdict,"
                + " :verdicts, :when)", point);
        jdbc.update("UPDATE q_motor_run SET points_recorded = points_recorded + 1, failed_points = failed_points"
                + " + CASE WHEN :verdict = 'FAIL' THEN 1 ELSE 0 END WHERE run_id = :id", point);
    }

    @EventHandler
    public void on(MotorRunCompleted e, @Timestamp Instant at) {
        run(e.runId(), e.motorSerial(), e.motorDesign(), null, e.installedLots());
        jdbc.update("UPDATE q_motor_run SET finished_at = :when WHERE run_id = :id",
                run(e.runId()).addValue("when", Sql.ts(e.finishedAt() != null ? e.finishedAt() : at)));
    }

    @ResetHandler
    public void reset() {
        ReadModelTables.empty(jdbc.getJdbcOperations(), List.of("q_motor_point", "q_motor_run_lot", "q_motor_run"));
    }

    /** FAIL beats PASS beats NOT_MEASURED: one failed requirement fails the point. */
    static String overall(List<RequirementVerdict> verdicts) {
        boolean pass = false;
        for (RequirementVerdict v : verdicts) {
            if (v.verdict() == Verdict.FAIL) {
                return Verdict.FAIL.name();
            }
            pass |= v.verdict() == Verdict.PASS;
        }
        return pass ? Verdict.PASS.name() : Verdict.NOT_MEASURED.name();
    }

    private void run(String runId, String serial, String design, String rigId, List<String> lots) {
        MapSqlParameterSource params = run(runId).addValue("serial", serial).addValue("design", design).addValue("rig", rigId);
        Sql.upsert(jdbc, "UPDATE q_motor_run SET motor_serial = COALESCE(motor_serial, :serial),"
                        + " motor_design = COALESCE(motor_design, :design), rig_id = COALESCE(rig_id, :rig) WHERE run_id = :id",
                "INSERT INTO q_motor_run (run_id, motor_serial, motor_design, rig_id, points_recorded, failed_points)"
                        + " VALUES (:id, :serial, :design, :rig, 0, 0)", params);
        for (String lot : lots) {
            MapSqlParameterSource lotParams = run(runId).addValue("lot", lot);
            Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM q_motor_run_lot WHERE run_id = :id AND lot_id = :lot",
                    lotParams, Integer.class);
            if (known == null || known == 0) {
                jdbc.update("INSERT INTO q_motor_run_lot (run_id, lot_id) VALUES (:id, :lot)", lotParams);
            }
        }
    }

    private static MapSqlParameterSource run(String runId) {
        return new MapSqlParameterSource("id", runId);
    }
}
