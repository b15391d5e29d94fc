package org.specloop.command.sourcing.policy;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.specloop.contracts.change.EngineeringChangeApproved;
import org.specloop.contracts.change.EngineeringChangePlanned;
import org.specloop.contracts.change.LotAttachedToChange;
import org.specloop.contracts.change.PlanItem;
import org.specloop.contracts.change.RecordChangeEvidence;
import org.specloop.contracts.qualification.RecordFirstArticleInspection;
import org.specloop.contracts.common.SignatureMeaning;
import org.specloop.contracts.lot.MeasurementMethod;
import org.specloop.contracts.lot.MeasurementRecorded;
import org.specloop.contracts.lot.PropertyValue;
import org.specloop.contracts.motor.MotorPerformanceRecorded;
import org.specloop.contracts.rig.OperatingPointKind;
import org.specloop.contracts.source.CustodyModel;
import org.specloop.contracts.specification.CharacteristicLimit;
import org.specloop.contracts.specification.RevisionBecameEffective;
import org.specloop.contracts.specification.RevisionContent;
import org.specloop.command.sourcing.Chains;
import org.specloop.contracts.units.Characteristic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.specloop.command.sourcing.policy.LotSourcingPolicyTest.*;

class RequalificationEvidencePolicyTest {
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
        sourcing = new SourcingGroup(tables, evidence, commands, SourcingProperties.withoutCertificates("HOLD", false), java.time.Clock.systemUTC());
        policy = new RequalificationEvidencePolicy(evidence, tables, new FirstArticles(evidence, tables, java.time.Clock.systemUTC()), commands);
        sourcing.on(new RevisionBecameEffective(SPEC, PART, "42SH", 1, JUNE_2026, null, new RevisionContent(List.of(
                new CharacteristicLimit(Characteristic.BR, 1.30, 1.33, null, 20, "IEC 60404-8-1"),
                new CharacteristicLimit(Characteristic.HCJ, 1592.0, null, null, 20, "IEC 60404-8-1"),
                new CharacteristicLimit(Characteristic.HCJ, 450.0, null, null, 150, "IEC 60404-8-1")), List.of(),
                Chains.dfarsRules(Chains.chainA(), CustodyModel.SEGREGATED), 150.0)));
        sourcing.on(raisedFor("LOT-2"));
        policy.on(raisedFor("LOT-2"));
    }

    private void plan() {
        policy.on(new EngineeringChangePlanned(CHANGE, List.of(
                new PlanItem("FAI-20C", "at 20", "MEASUREMENT@20degC", 2),
                new PlanItem("FAI-MAX", "at 150", "MEASUREMENT@150degC", 2),
                new PlanItem("MOTOR-TEST", "rig", "MOTOR_TEST", 1),
                new PlanItem("DEMAG-TEST", "demag", "DEMAG_TEST", 1),
                new PlanItem("ALLOY-COMPOSITION", "cert", "CERTIFICATE", 1)), LocalDate.of(2026, 8, 1), ACTOR));
    }

    private static MeasurementRecorded measured(String lot, String id, String sample, double temperature, Characteristic... what) {
        return new MeasurementRecorded(lot, PART, id, sample, temperature, "Lab", "HG", MeasurementMethod.CLOSED_CIRCUIT_IEC_60404_5,
                java.util.Arrays.stream(what).map(c -> new PropertyValue(c, 1.0)).toList(), JUNE_2026);
    }

    private static MotorPerformanceRecorded motorPoint(String run, OperatingPointKind kind, Double demag, String... lots) {
        return new MotorPerformanceRecorded(run, "SN-1", "TM-120", "RIG-1", List.of(lots), run + "-" + kind, kind, 100,
                3000, 20, 6283, 6700.0, 93.8, null, 60.0, 1.1, demag, null, List.of(), JUNE_2026);
    }

    /** The evidence sent; the first article records sent besides are FirstArticlePolicyTest's subject. */
    private List<Object> sent() {
        ArgumentCaptor<Object> captor = ArgumentCaptor.forClass(Object.class);
        verify(commands, atLeast(0)).sendAndWait(captor.capture());
        return captor.getAllValues().stream().filter(c -> !(c instanceof RecordFirstArticleInspection)).toList();
    }

    @Test
    void aCompleteSampleOfALotInThePlannedChangeIsRecordedAsEvidence() {
        plan();

        policy.on(measured("LOT-2", "M-1", "S1", 20, Characteristic.BR, Characteristic.HCJ));

        assertThat(sent()).containsExactly(new RecordChangeEvidence(CHANGE, "FAI-20C", "measurement:LOT-2/S1@20degC", ACTOR));
    }

    @Test
    void measurementsBeforeThePlanCountOnceThePlanArrives() {
        policy.on(measured("LOT-2", "M-1", "S1", 20, Characteristic.BR, Characteristic.HCJ));
        policy.on(measured("LOT-2", "M-2", "S1", 150, Characteristic.HCJ));
        verify(commands, never()).sendAndWait(any());

        plan();

        assertThat(sent()).containsExactly(
                new RecordChangeEvidence(CHANGE, "FAI-20C", "measurement:LOT-2/S1@20degC", ACTOR),
                new RecordChangeEvidence(CHANGE, "FAI-MAX", "measurement:LOT-2/S1@150degC", ACTOR));
    }

    @Test
    void aLotJoiningTheChangeBringsItsEarlierMeasurements() {
        plan();
        clearInvocations(commands);
        policy.on(measured("LOT-3", "M-9", "S4", 20, Characteristic.BR, Characteristic.HCJ));
        verify(commands, never()).sendAndWait(any());

        policy.on(new LotAttachedToChange(CHANGE, "LOT-3"));

        assertThat(sent()).containsExactly(new RecordChangeEvidence(CHANGE, "FAI-20C", "measurement:LOT-3/S4@20degC", ACTOR));
    }

    @Test
    void measurementsOfLotsOutsideTheChangeCountForNothing() {
        plan();
        clearInvocations(commands);

        policy.on(measured("LOT-1", "M-1", "S1", 20, Characteristic.BR, Characteristic.HCJ));

        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void aRigRunWithALotOfTheChangeIsAMotorTestAndItsDemagPointTheDemagTest() {
        plan();

        policy.on(motorPoint("RUN-1", OperatingPointKind.LOAD, null, "LOT-2", "LOT-1"));
        policy.on(motorPoint("RUN-1", OperatingPointKind.KE_AFTER_DEMAG, 1.4, "LOT-2", "LOT-1"));

        assertThat(sent()).containsExactly(
                new RecordChangeEvidence(CHANGE, "MOTOR-TEST", "motor-run:RUN-1", ACTOR),
                new RecordChangeEvidence(CHANGE, "DEMAG-TEST", "demag-test:RUN-1", ACTOR));
    }

    @Test
    void aDecidedChangeTakesNoMoreEvidence() {
        plan();
        sourcing.on(new EngineeringChangeApproved(CHANGE, "qe.bob", "ok", SignatureMeaning.APPROVED, JUNE_2026));
        clearInvocations(commands);

        policy.on(measured("LOT-2", "M-1", "S1", 20, Characteristic.BR, Characteristic.HCJ));

        verify(commands, never()).sendAndWait(any(RecordChangeEvidence.class));
    }

    @Test
    void theSameSampleMeasuredAgainIsNotSentTwice() {
        plan();
        policy.on(measured("LOT-2", "M-1", "S1", 20, Characteristic.BR, Characteristic.HCJ));

        policy.on(measured("LOT-2", "M-1b", "S1", 20, Characteristic.BR, Characteristic.HCJ));

        assertThat(sent()).hasSize(1);
    }

    /** A replay records the matches as sent without sending them; only evidence new after it is sent. */
    @Test
    void aReplaySendsNoEvidenceAndAfterItOnlyNewEvidenceIsSent() {
        plan();
        policy.on(measured("LOT-2", "M-1", "S1", 20, Characteristic.BR, Characteristic.HCJ));
        clearInvocations(commands);

        policy.reset();
        replayed(() -> policy.on(raisedFor("LOT-2")));
        replayed(this::plan);
        replayed(() -> policy.on(measured("LOT-2", "M-1", "S1", 20, Characteristic.BR, Characteristic.HCJ)));
        verify(commands, never()).sendAndWait(any());

        // live: the same sample again is no news, a new one is evidence
        policy.on(measured("LOT-2", "M-1", "S1", 20, Characteristic.BR, Characteristic.HCJ));
        policy.on(measured("LOT-2", "M-3", "S2", 20, Characteristic.BR, Characteristic.HCJ));
        assertThat(sent()).containsExactly(new RecordChangeEvidence(CHANGE, "FAI-20C", "measurement:LOT-2/S2@20degC", ACTOR));
    }
}
