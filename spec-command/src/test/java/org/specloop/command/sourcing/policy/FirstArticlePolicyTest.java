package org.specloop.command.sourcing.policy;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.specloop.command.sourcing.Chains;
import org.specloop.command.sourcing.ppap.PpapPlan;
import org.specloop.contracts.change.EngineeringChangePlanned;
import org.specloop.contracts.change.PlanItem;
import org.specloop.contracts.change.RecordChangeEvidence;
import org.specloop.contracts.lot.MeasurementMethod;
import org.specloop.contracts.lot.MeasurementRecorded;
import org.specloop.contracts.lot.PropertyValue;
import org.specloop.contracts.qualification.CharacteristicAccountability;
import org.specloop.contracts.qualification.CharacteristicVerdict;
import org.specloop.contracts.qualification.FirstArticleRecord;
import org.specloop.contracts.qualification.FirstArticleVerdict;
import org.specloop.contracts.qualification.RecordFirstArticleInspection;
import org.specloop.contracts.qualification.SampleResult;
import org.specloop.contracts.source.CustodyModel;
import org.specloop.contracts.specification.CharacteristicLimit;
import org.specloop.contracts.specification.RevisionBecameEffective;
import org.specloop.contracts.specification.RevisionContent;
import org.specloop.contracts.specification.SpecificationCreated;
import org.specloop.contracts.units.Characteristic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.specloop.command.sourcing.policy.LotSourcingPolicyTest.*;

/** The evidence policy builds the first article record of a source change from the lots' real values. */
class FirstArticlePolicyTest {
    private static final String CHANGE = "EC-SRC-LOT-2";
    private static final String ACTOR = RequalificationEvidencePolicy.ACTOR;
    private final CommandGateway commands = mock(CommandGateway.class);
    private SourcingGroup sourcing;
    private RequalificationEvidencePolicy policy;

    @BeforeEach
    void setUp() {
        var jdbc = PolicyDatabase.fresh();
        SourcingTables tables = new SourcingTables(jdbc, PolicyDatabase.json());
        EvidenceTables evidence = new EvidenceTables(jdbc, PolicyDatabase.json());
        sourcing = new SourcingGroup(tables, evidence, commands, SourcingProperties.withoutCertificates("HOLD", false),
                java.time.Clock.systemUTC());
        policy = new RequalificationEvidencePolicy(evidence, tables, new FirstArticles(evidence, tables,
                java.time.Clock.systemUTC()), commands);
        policy.on(new SpecificationCreated(SPEC, PART, "42SH", "Rotor magnet 42SH", "alice"));
        sourcing.on(new RevisionBecameEffective(SPEC, PART, "42SH", 1, JUNE_2026, null, new RevisionContent(List.of(
                new CharacteristicLimit(Characteristic.BR, 1.30, 1.33, null, 20, "IEC 60404-8-1"),
                new CharacteristicLimit(Characteristic.HCJ, 1592.0, null, null, 20, "IEC 60404-8-1"),
                new CharacteristicLimit(Characteristic.HCJ, 450.0, null, null, 150, "IEC 60404-8-1")), List.of(),
                Chains.dfarsRules(Chains.chainA(), CustodyModel.SEGREGATED), 150.0)));
        sourcing.on(received("LOT-2", Chains.chainAWithAlloy("ALLOY-B", "JP"), JUNE_2026));
        sourcing.on(raisedFor("LOT-2"));
        policy.on(raisedFor("LOT-2"));
    }

    private void plan(List<PlanItem> extra) {
        List<PlanItem> items = new ArrayList<>(List.of(new PlanItem("FAI-20C", "at 20", "MEASUREMENT@20degC", 1)));
        items.addAll(extra);
        policy.on(new EngineeringChangePlanned(CHANGE, items, LocalDate.of(2026, 8, 1), ACTOR));
    }

    private static MeasurementRecorded measured(String id, String sample, double temperature, Instant at, PropertyValue... values) {
        return new MeasurementRecorded("LOT-2", PART, id, sample, temperature, "Lab HH", "HG-200",
                MeasurementMethod.CLOSED_CIRCUIT_IEC_60404_5, List.of(values), at);
    }

    private List<Object> sent() {
        ArgumentCaptor<Object> captor = ArgumentCaptor.forClass(Object.class);
        verify(commands, atLeast(0)).sendAndWait(captor.capture());
        return captor.getAllValues();
    }

    private FirstArticleRecord lastRecord() {
        List<FirstArticleRecord> records = sent().stream().filter(c -> c instanceof RecordFirstArticleInspection)
                .map(c -> ((RecordFirstArticleInspection) c).record()).toList();
        assertThat(records).isNotEmpty();
        return records.get(records.size() - 1);
    }

    @Test
    void thePlanProducesARecordWithEveryCharacteristicMissing() {
        plan(List.of());

        FirstArticleRecord record = lastRecord();
        assertThat(record.reportNumber()).isEqualTo("FAI-" + CHANGE);
        assertThat(record.part().partName()).isEqualTo("Rotor magnet 42SH");
        assertThat(record.part().lots()).containsExactly("LOT-2");
        assertThat(record.part().supplierCode()).isEqualTo("MAG-A");
        assertThat(record.part().reason()).isEqualTo("change of manufacturing source: ALLOY_MAKER ALLOY-A -> ALLOY-B");
        assertThat(record.characteristics()).extracting(CharacteristicAccountability::verdict).containsOnly(CharacteristicVerdict.MISSING);
        assertThat(record.verdict()).isEqualTo(FirstArticleVerdict.INCOMPLETE);
        // the new alloy maker is what the change would qualify
        assertThat(record.product()).filteredOn(p -> "ALLOY-B".equals(p.supplierCode()))
                .extracting(p -> p.customerApproval()).containsExactly("NO");
    }

    @Test
    void measuredValuesFillFormThreeAgainstTheRevisionsLimits() {
        plan(List.of());

        policy.on(measured("M-1", "S1", 20, JUNE_2026, new PropertyValue(Characteristic.BR, 1.31),
                new PropertyValue(Characteristic.HCJ, 1650)));
        policy.on(measured("M-2", "S1", 150, JUNE_2026, new PropertyValue(Characteristic.HCJ, 470)));

        FirstArticleRecord record = lastRecord();
        assertThat(record.verdict()).isEqualTo(FirstArticleVerdict.ACCEPTED);
        assertThat(record.characteristics().get(0).results()).containsExactly(new SampleResult("LOT-2", "S1", 20, 1.31, true));
        assertThat(record.characteristics().get(0).tooling()).isEqualTo("Lab HH, HG-200, CLOSED_CIRCUIT_IEC_60404_5");
        assertThat(record.characteristics().get(2).results()).extracting(SampleResult::value).containsExactly(470.0);
    }

    @Test
    void aValueOutsideItsLimitRejectsTheRecordAndAReTestMeasuredLaterReplacesIt() {
        plan(List.of());
        Instant later = JUNE_2026.plusSeconds(3600);
        // recorded out of order: the re-test (measured later) arrives first
        policy.on(measured("M-9", "S1", 20, later, new PropertyValue(Characteristic.BR, 1.32)));
        policy.on(measured("M-1", "S1", 20, JUNE_2026, new PropertyValue(Characteristic.BR, 1.29)));
        assertThat(lastRecord().characteristics().get(0).verdict()).isEqualTo(CharacteristicVerdict.ACCEPTED);

        policy.on(measured("M-2", "S2", 20, JUNE_2026, new PropertyValue(Characteristic.BR, 1.29)));

        FirstArticleRecord record = lastRecord();
        assertThat(record.verdict()).isEqualTo(FirstArticleVerdict.REJECTED);
        assertThat(record.characteristics().get(0).nonconformance()).isEqualTo("FAI-" + CHANGE + "-NC01");
    }

    @Test
    void ppapElementsSpecLoopHoldsAreFilledAndTheTestResultsOnlyOnceTheFirstArticleIsAccepted() {
        plan(PpapPlan.items(2));
        List<Object> afterPlan = sent().stream().filter(c -> c instanceof RecordChangeEvidence).toList();
        assertThat(afterPlan).contains(
                new RecordChangeEvidence(CHANGE, "PPAP-01", "specification:" + SPEC + "/revision-1", ACTOR),
                new RecordChangeEvidence(CHANGE, "PPAP-02", "engineering-change:" + CHANGE, ACTOR));
        assertThat(afterPlan).noneMatch(c -> ((RecordChangeEvidence) c).itemId().equals("PPAP-10"));

        policy.on(measured("M-1", "S1", 20, JUNE_2026, new PropertyValue(Characteristic.BR, 1.31),
                new PropertyValue(Characteristic.HCJ, 1650)));
        policy.on(measured("M-2", "S1", 150, JUNE_2026, new PropertyValue(Characteristic.HCJ, 470)));

        assertThat(sent()).contains(new RecordChangeEvidence(CHANGE, "PPAP-10", "first-article:FAI-" + CHANGE, ACTOR),
                new RecordChangeEvidence(CHANGE, "PPAP-14", "lot:LOT-2", ACTOR));
        assertThat(sent()).noneMatch(c -> c instanceof RecordChangeEvidence e && e.itemId().equals("PPAP-18"));
    }
}
