package org.specloop.command.sourcing.policy;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.specloop.command.sourcing.Chains;
import org.specloop.contracts.change.EngineeringChangePlanned;
import org.specloop.contracts.change.LotAttachedToChange;
import org.specloop.contracts.change.PlanItem;
import org.specloop.contracts.change.RecordChangeEvidence;
import org.specloop.contracts.lot.MeasurementMethod;
import org.specloop.contracts.lot.MeasurementRecorded;
import org.specloop.contracts.lot.PropertyValue;
import org.specloop.contracts.source.CustodyModel;
import org.specloop.contracts.specification.CharacteristicLimit;
import org.specloop.contracts.specification.RevisionBecameEffective;
import org.specloop.contracts.specification.RevisionContent;
import org.specloop.contracts.units.Characteristic;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.specloop.command.sourcing.policy.LotSourcingPolicyTest.*;

/**
 * The evidence policy inside processor batches, as the sourcing group runs it: measurement facts wait for the
 * batch's commit, the collecting lots are read once per run of measurements, and an attachment or a plan in the
 * same batch still sees every measurement before it and is seen by every measurement after it.
 */
class EvidenceBatchTest {
    private static final String CHANGE = "EC-SRC-LOT-2";
    private static final String ACTOR = RequalificationEvidencePolicy.ACTOR;
    private final CommandGateway commands = mock(CommandGateway.class);
    private JdbcTemplate jdbc;
    private SourcingGroup sourcing;
    private RequalificationEvidencePolicy policy;
    private SourcingBatchInterceptor interceptor;

    @BeforeEach
    void setUp() {
        jdbc = PolicyDatabase.fresh();
        SourcingTables tables = new SourcingTables(jdbc, PolicyDatabase.json());
        EvidenceTables evidence = new EvidenceTables(jdbc, PolicyDatabase.json());
        sourcing = new SourcingGroup(tables, evidence, commands, SourcingProperties.withoutCertificates("HOLD", false),
                java.time.Clock.systemUTC());
        policy = new RequalificationEvidencePolicy(evidence, tables, new FirstArticles(evidence, tables,
                java.time.Clock.systemUTC()), commands);
        interceptor = new SourcingBatchInterceptor(evidence);
        sourcing.on(new RevisionBecameEffective(SPEC, PART, "42SH", 1, JUNE_2026, null, new RevisionContent(List.of(
                new CharacteristicLimit(Characteristic.BR, 1.30, 1.33, null, 20, "IEC 60404-8-1"),
                new CharacteristicLimit(Characteristic.HCJ, 1592.0, null, null, 20, "IEC 60404-8-1")), List.of(),
                Chains.dfarsRules(Chains.chainA(), CustodyModel.SEGREGATED), 150.0)));
        sourcing.on(raisedFor("LOT-2"));
        policy.on(raisedFor("LOT-2"));
    }

    private static EngineeringChangePlanned plan() {
        return new EngineeringChangePlanned(CHANGE, List.of(new PlanItem("FAI-20C", "at 20", "MEASUREMENT@20degC", 3)),
                LocalDate.of(2026, 8, 1), ACTOR);
    }

    private static MeasurementRecorded measured(String lot, String id, String sample) {
        return new MeasurementRecorded(lot, PART, id, sample, 20, "Lab", "HG", MeasurementMethod.CLOSED_CIRCUIT_IEC_60404_5,
                Arrays.stream(new Characteristic[] {Characteristic.BR, Characteristic.HCJ})
                        .map(c -> new PropertyValue(c, 1.31)).toList(), JUNE_2026);
    }

    /** Runs the events as one batch of the sourcing processor: each through the interceptor, then one commit. */
    private void batch(Object... events) throws Exception {
        List<EventMessage<?>> messages = Arrays.stream(events).<EventMessage<?>>map(GenericEventMessage::asEventMessage).toList();
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(messages);
        batch.executeWithResult(() -> interceptor.handle(batch, () -> {
            Object event = batch.getMessage().getPayload();
            if (event instanceof MeasurementRecorded m) {
                policy.on(m);
            } else if (event instanceof LotAttachedToChange a) {
                policy.on(a);
            } else if (event instanceof EngineeringChangePlanned p) {
                policy.on(p);
            } else {
                throw new IllegalArgumentException("not in this test: " + event);
            }
            return null;
        }));
    }

    private List<RecordChangeEvidence> evidenceSent() {
        ArgumentCaptor<Object> captor = ArgumentCaptor.forClass(Object.class);
        verify(commands, atLeast(0)).sendAndWait(captor.capture());
        return captor.getAllValues().stream().filter(RecordChangeEvidence.class::isInstance)
                .map(RecordChangeEvidence.class::cast).toList();
    }

    private int facts() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM sourcing_measurement", Integer.class);
    }

    @Test
    void aBatchOfMeasurementsIsStoredAtItsCommitAndAReplayedOneChangesNothing() throws Exception {
        int[] seenInside = new int[1];
        List<EventMessage<?>> messages = List.of(GenericEventMessage.asEventMessage(measured("LOT-1", "M-1", "S1")),
                GenericEventMessage.asEventMessage(measured("LOT-1", "M-2", "S2")));
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(messages);
        batch.executeWithResult(() -> interceptor.handle(batch, () -> {
            policy.on((MeasurementRecorded) batch.getMessage().getPayload());
            seenInside[0] = facts();
            return null;
        }));

        assertThat(seenInside[0]).as("rows written inside the batch").isZero();
        assertThat(facts()).isEqualTo(2);

        batch(measured("LOT-1", "M-2", "S2"), measured("LOT-1", "M-3", "S3"));
        assertThat(facts()).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT sample_id FROM sourcing_measurement WHERE measurement_id = 'M-2'",
                String.class)).isEqualTo("S2");
    }

    @Test
    void aLotAttachedInTheBatchBringsTheMeasurementsBeforeItAndTakesThoseAfterIt() throws Exception {
        batch(plan());

        batch(measured("LOT-3", "M-1", "S1"), new LotAttachedToChange(CHANGE, "LOT-3"), measured("LOT-3", "M-2", "S2"),
                measured("LOT-4", "M-3", "S3"));

        assertThat(evidenceSent()).containsExactly(
                new RecordChangeEvidence(CHANGE, "FAI-20C", "measurement:LOT-3/S1@20degC", ACTOR),
                new RecordChangeEvidence(CHANGE, "FAI-20C", "measurement:LOT-3/S2@20degC", ACTOR));
    }

    @Test
    void aPlanInTheBatchMakesTheLotsOfTheChangeCollectFromTheNextMeasurementOn() throws Exception {
        batch(measured("LOT-2", "M-1", "S1"), plan(), measured("LOT-2", "M-2", "S2"));

        assertThat(evidenceSent()).containsExactly(
                new RecordChangeEvidence(CHANGE, "FAI-20C", "measurement:LOT-2/S1@20degC", ACTOR),
                new RecordChangeEvidence(CHANGE, "FAI-20C", "measurement:LOT-2/S2@20degC", ACTOR));
    }
}
