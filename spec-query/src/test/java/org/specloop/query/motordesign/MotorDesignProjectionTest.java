package org.specloop.query.motordesign;

import org.junit.jupiter.api.Test;
import org.specloop.contracts.motordesign.MotorDesignDefined;
import org.specloop.contracts.motordesign.MotorDesignRequirementsRevised;
import org.specloop.contracts.motordesign.MotorRequirements;
import org.specloop.contracts.rig.ThermalClass;
import org.specloop.contracts.rig.VibrationGrade;
import org.specloop.query.QueryDatabase;
import org.specloop.query.shared.PageQuery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.specloop.query.Fixtures.at;

class MotorDesignProjectionTest {
    private final QueryDatabase db = new QueryDatabase();
    private final MotorDesignProjection projection = new MotorDesignProjection(db.jdbc, db.json, db.history);
    private final MotorDesignReadModel readModel = new MotorDesignReadModel(db.jdbc, db.json);

    @Test
    void a_defined_design_reads_back_with_its_requirements_in_units() {
        defined("PUMP-M7", "SPEC-38UH", 0.615);

        MotorDesignView design = readModel.one("PUMP-M7").orElseThrow();

        assertThat(design.design().version()).isEqualTo(1);
        assertThat(design.design().specificationId()).isEqualTo("SPEC-38UH");
        assertThat(design.current().requirements().keMin()).isEqualTo(new QuantityView(0.615, "V*s/rad"));
        assertThat(design.current().requirements().hotTestTemperature()).isEqualTo(new QuantityView(150, "degC"));
        assertThat(design.current().requirements().thermalClass()).isEqualTo("155(F)");
        assertThat(design.current().requirements().maxTemperatureRise()).isEqualTo(new QuantityView(105, "K"));
        assertThat(design.current().reason()).isNull();
        assertThat(design.versions()).containsExactly(1);
    }

    @Test
    void a_revision_is_the_current_version_and_every_version_stays_readable() {
        defined("PUMP-M7", "SPEC-38UH", 0.615);
        projection.on(new MotorDesignRequirementsRevised("PUMP-M7", 2, requirements("SPEC-38UH-B", 0.62),
                "customer raised the Ke floor", "qe.bob", at(5)), at(5), "e2");

        MotorDesignView design = readModel.one("PUMP-M7").orElseThrow();
        assertThat(design.design().version()).isEqualTo(2);
        assertThat(design.design().specificationId()).isEqualTo("SPEC-38UH-B");
        assertThat(design.design().changedBy()).isEqualTo("qe.bob");
        assertThat(design.current().reason()).isEqualTo("customer raised the Ke floor");
        assertThat(design.versions()).containsExactly(1, 2);
        assertThat(readModel.version("PUMP-M7", 1).orElseThrow().requirements().keMin().value()).isEqualTo(0.615);
        assertThat(readModel.versions("PUMP-M7")).extracting(MotorDesignVersionView::version).containsExactly(1, 2);
        assertThat(readModel.version("PUMP-M7", 3)).isEmpty();
    }

    @Test
    void a_replayed_older_version_does_not_move_the_design_back() {
        defined("PUMP-M7", "SPEC-38UH", 0.615);
        MotorDesignRequirementsRevised second = new MotorDesignRequirementsRevised("PUMP-M7", 2,
                requirements("SPEC-38UH", 0.62), "r", "qe.bob", at(5));
        projection.on(second, at(5), "e2");
        projection.on(new MotorDesignDefined("PUMP-M7", "Pump motor M7", 1, requirements("SPEC-38UH", 0.615), "qe.alice",
                at(0)), at(0), "e1");
        projection.on(second, at(5), "e2");

        assertThat(readModel.one("PUMP-M7").orElseThrow().design().version()).isGreaterThanOrEqualTo(1);
        assertThat(readModel.versions("PUMP-M7")).hasSize(2);
    }

    @Test
    void designs_are_listed_and_filtered_by_magnet_spec() {
        defined("PUMP-M7", "SPEC-38UH", 0.615);
        defined("FAN-F2", "SPEC-42SH", 0.4);

        assertThat(readModel.find(null, null, PageQuery.parse(null, null, null, MotorDesignReadModel.SORTABLE, "designId"))
                .items()).extracting(MotorDesignSummary::designId).containsExactly("FAN-F2", "PUMP-M7");
        assertThat(readModel.find("SPEC-42SH", null, PageQuery.parse(null, null, null, MotorDesignReadModel.SORTABLE,
                "designId")).items()).extracting(MotorDesignSummary::designId).containsExactly("FAN-F2");
        assertThat(readModel.find(null, "PN-NONE", PageQuery.parse(null, null, null, MotorDesignReadModel.SORTABLE,
                "designId")).total()).isZero();
    }

    private void defined(String designId, String spec, double keMin) {
        projection.on(new MotorDesignDefined(designId, "Pump motor M7", 1, requirements(spec, keMin), "qe.alice", at(0)),
                at(0), "define-" + designId);
    }

    static MotorRequirements requirements(String spec, double keMin) {
        return new MotorRequirements(spec, "IE4", null, "P-RATED", keMin, null, 8.0, 150.0, ThermalClass.F,
                VibrationGrade.A, 0.95);
    }
}
