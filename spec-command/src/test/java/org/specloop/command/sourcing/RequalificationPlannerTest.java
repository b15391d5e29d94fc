package org.specloop.command.sourcing;

import org.specloop.command.axon.RequalificationTemplateFiles;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.change.PlanItem;
import org.specloop.contracts.change.SourceSwap;
import org.specloop.contracts.source.Tier;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RequalificationPlannerTest {
    private static final LocalDate RAISED = LocalDate.of(2026, 3, 1);
    private final RequalificationPlanner planner = new RequalificationPlanner(RequalificationTemplateFiles.defaults());

    @Test
    void aMagnetMakerChangeNeedsFirstArticlesAtBothTemperaturesAndMotorTestsWithADemagTest() {
        RequalificationPlan plan = planner.plan(List.of(new SourceSwap(Tier.MAGNET_MAKER, "MAG-A", "MAG-B")), 150.0, RAISED);

        assertThat(plan.items()).extracting(PlanItem::itemId, PlanItem::evidenceType, PlanItem::required).containsExactly(
                tuple("FAI-20C", "MEASUREMENT@20degC", 10),
                tuple("FAI-MAX", "MEASUREMENT@150degC", 10),
                tuple("MOTOR-TEST", "MOTOR_TEST", 3),
                tuple("DEMAG-TEST", "DEMAG_TEST", 1));
        assertThat(plan.items().get(1).description()).contains("150 degC");
        assertThat(plan.dueDate()).isEqualTo(RAISED.plusDays(90));
    }

    @Test
    void aSeparatorChangeNeedsCompositionCertificatesAndMeasurements() {
        RequalificationPlan plan = planner.plan(List.of(new SourceSwap(Tier.SEPARATOR, "SEP-A", "SEP-B")), 150.0, RAISED);

        assertThat(plan.items()).extracting(PlanItem::itemId).containsExactly("OXIDE-COMPOSITION", "FAI-20C");
        assertThat(plan.dueDate()).isEqualTo(RAISED.plusDays(45));
    }

    @Test
    void itemsTwoChangedTiersShareAreAskedOnceWithTheLargerCountAndTheLaterDueDate() {
        RequalificationPlan plan = planner.plan(List.of(new SourceSwap(Tier.SEPARATOR, "SEP-A", "SEP-B"),
                new SourceSwap(Tier.ALLOY_MAKER, "ALLOY-A", "ALLOY-B")), 150.0, RAISED);

        assertThat(plan.items()).extracting(PlanItem::itemId, PlanItem::required).containsExactly(
                tuple("OXIDE-COMPOSITION", 1), tuple("FAI-20C", 5), tuple("ALLOY-COMPOSITION", 1), tuple("FAI-MAX", 5));
        assertThat(plan.dueDate()).isEqualTo(RAISED.plusDays(60));
    }

    @Test
    void withoutAKnownMaximumWorkingTemperatureTheHotItemsAreLeftOut() {
        RequalificationPlan plan = planner.plan(List.of(new SourceSwap(Tier.ALLOY_MAKER, "ALLOY-A", "ALLOY-B")), null, RAISED);

        assertThat(plan.items()).extracting(PlanItem::itemId).containsExactly("ALLOY-COMPOSITION", "FAI-20C");
    }

    @Test
    void templatesAreDataThatCanBeReplaced() {
        String json = "{\"DEFAULT\": {\"dueDays\": 7, \"items\": [{\"itemId\": \"X\", \"description\": \"at {temperature}\","
                + " \"evidenceType\": \"MEASUREMENT\", \"required\": 2, \"temperature\": \"-40\"}]}}";
        RequalificationPlanner custom = new RequalificationPlanner(RequalificationTemplateFiles.read(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));

        RequalificationPlan plan = custom.plan(List.of(new SourceSwap(Tier.MINE, "M1", "M2")), 150.0, RAISED);

        assertThat(plan.items()).containsExactly(new PlanItem("X", "at -40 degC", "MEASUREMENT@-40degC", 2));
        assertThat(plan.dueDate()).isEqualTo(RAISED.plusDays(7));
    }
}
