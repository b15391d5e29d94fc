package org.specloop.query.motorresult;

import org.junit.jupiter.api.Test;
import org.specloop.contracts.lot.Verdict;
import org.specloop.contracts.motor.MotorPerformanceRecorded;
import org.specloop.contracts.motor.MotorRunCompleted;
import org.specloop.contracts.motor.MotorTestRunStarted;
import org.specloop.contracts.motor.RequirementVerdict;
import org.specloop.contracts.rig.Mounting;
import org.specloop.contracts.rig.OperatingPointKind;
import org.specloop.contracts.rig.ThermalClass;
import org.specloop.contracts.rig.VibrationGrade;
import org.specloop.query.QueryDatabase;
import org.specloop.query.shared.PageQuery;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.specloop.query.Fixtures.at;

class MotorResultProjectionTest {
    private final QueryDatabase db = new QueryDatabase();
    private final MotorResultProjection projection = new MotorResultProjection(db.jdbc, db.json);
    private final MotorResultReadModel readModel = new MotorResultReadModel(db.jdbc, db.json);
    private final PageQuery firstPage = PageQuery.parse(null, null, null, MotorResultReadModel.SORTABLE, "startedAt,desc");

    @Test
    void a_run_reads_back_with_its_points_verdicts_and_lots() {
        started("RUN-1", "M-001", List.of("LOT-A", "LOT-B"));
        point("RUN-1", "M-001", List.of("LOT-A", "LOT-B"), "KE-COLD", 0.63, Verdict.PASS);
        projection.on(new MotorRunCompleted("RUN-1", "M-001", "PUMP-M7", List.of("LOT-A", "LOT-B"), 1, at(9)), at(9));

        RunResult run = readModel.run("RUN-1").orElseThrow();

        assertThat(run.motorSerial()).isEqualTo("M-001");
        assertThat(run.motorDesign()).isEqualTo("PUMP-M7");
        assertThat(run.installedLots()).containsExactly("LOT-A", "LOT-B");
        assertThat(run.completed()).isTrue();
        assertThat(run.verdict()).isEqualTo("PASS");
        assertThat(run.points()).singleElement().satisfies(p -> {
            assertThat(p.keVsPerRad()).isEqualTo(0.63);
            assertThat(p.efficiencyPercent()).isNull();
            assertThat(p.verdicts()).containsExactly(new RequirementVerdict("Ke >= 0.615 V*s/rad", Verdict.PASS, 0.63, 0.615,
                    "V*s/rad"));
        });
    }

    @Test
    void one_failed_requirement_fails_the_run_and_a_repeated_point_counts_once() {
        started("RUN-1", "M-001", List.of("LOT-A"));
        point("RUN-1", "M-001", List.of("LOT-A"), "KE-COLD", 0.60, Verdict.FAIL);
        point("RUN-1", "M-001", List.of("LOT-A"), "KE-COLD", 0.60, Verdict.FAIL);

        RunResult run = readModel.run("RUN-1").orElseThrow();

        assertThat(run.verdict()).isEqualTo("FAIL");
        assertThat(run.pointsRecorded()).isEqualTo(1);
        assertThat(run.completed()).isFalse();
    }

    @Test
    void results_are_found_by_motor_design_and_lot() {
        started("RUN-1", "M-001", List.of("LOT-A", "LOT-B"));
        point("RUN-1", "M-001", List.of("LOT-A", "LOT-B"), "KE-COLD", 0.63, Verdict.PASS);
        started("RUN-2", "M-002", List.of("LOT-B", "LOT-C"));
        point("RUN-2", "M-002", List.of("LOT-B", "LOT-C"), "KE-COLD", 0.64, Verdict.PASS);
        started("RUN-3", "M-001", List.of("LOT-A", "LOT-B"));

        assertThat(readModel.byMotor("M-001", firstPage).items()).extracting(RunResult::runId)
                .containsExactlyInAnyOrder("RUN-1", "RUN-3");
        assertThat(readModel.byDesign("PUMP-M7", firstPage).total()).isEqualTo(3);
        assertThat(readModel.byLot("LOT-C", firstPage).items()).extracting(RunResult::motorSerial).containsExactly("M-002");
        assertThat(readModel.byLot("LOT-B", firstPage).total()).isEqualTo(3);
        assertThat(readModel.byLot("LOT-Z", firstPage).items()).isEmpty();
        assertThat(readModel.run("RUN-9")).isEmpty();
    }

    @Test
    void a_point_read_before_its_run_start_still_lands_on_the_run() {
        point("RUN-1", "M-001", List.of("LOT-A"), "KE-COLD", 0.63, Verdict.PASS);

        assertThat(readModel.byLot("LOT-A", firstPage).items()).extracting(RunResult::runId).containsExactly("RUN-1");
    }

    private void started(String runId, String serial, List<String> lots) {
        projection.on(new MotorTestRunStarted(runId, "RIG-1", serial, "PUMP-M7", 7.5, 4, 50, ThermalClass.F, 132,
                Mounting.values()[0], VibrationGrade.A, lots, "IE4", 8.0, at(0)), at(0));
    }

    private void point(String runId, String serial, List<String> lots, String pointId, double ke, Verdict verdict) {
        projection.on(new MotorPerformanceRecorded(runId, serial, "PUMP-M7", "RIG-1", lots, pointId,
                OperatingPointKind.KE_BEFORE_DEMAG, 200, 1500, 0.1, 15.7, null, null, ke, null, null, null, null,
                List.of(new RequirementVerdict("Ke >= 0.615 V*s/rad", verdict, ke, 0.615, "V*s/rad")), at(1)), at(1));
    }
}
