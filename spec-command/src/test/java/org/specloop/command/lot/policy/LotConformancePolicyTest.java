package org.specloop.command.lot.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.messaging.MetaData;
import org.specloop.command.lot.MagnetLot;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.specloop.contracts.lot.DeclaredChain;
import org.specloop.contracts.lot.EvaluateLotConformance;
import org.specloop.contracts.lot.LotRejected;
import org.specloop.contracts.lot.MagnetLotReceived;
import org.specloop.contracts.lot.MeasurementMethod;
import org.specloop.contracts.lot.MeasurementRecorded;
import org.specloop.contracts.lot.PropertyValue;
import org.specloop.contracts.specification.CharacteristicLimit;
import org.specloop.contracts.specification.RevisionBecameEffective;
import org.specloop.contracts.specification.RevisionContent;
import org.specloop.contracts.units.Characteristic;
import org.springframework.jdbc.core.JdbcTemplate;

class LotConformancePolicyTest {
    private static final String PART = "P-42SH-ROTOR";
    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private static final List<CharacteristicLimit> REV1_LIMITS = List.of(
            new CharacteristicLimit(Characteristic.HCJ, 1592.0, null, null, 20.0, "IEC 60404-8-1"),
            new CharacteristicLimit(Characteristic.BR, 1.30, 1.33, 1.31, 20.0, "IEC 60404-8-1"));
    private static final List<CharacteristicLimit> REV2_LIMITS = List.of(
            new CharacteristicLimit(Characteristic.HCJ, 1512.0, null, null, 20.0, "IEC 60404-8-1"));

    private static final ReplayStatus LIVE = ReplayStatus.REGULAR;
    private static final ReplayStatus REPLAY = ReplayStatus.REPLAY;
    private final CommandGateway commands = mock(CommandGateway.class);
    /** Counts the transactions the re-evaluations open (the commands' own are the mocked gateway's). */
    private final AtomicInteger transactions = new AtomicInteger();
    private JdbcTemplate jdbc;
    private LotConformancePolicy policy;

    @BeforeEach
    void setUp() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/command").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        policy = new LotConformancePolicy(new PartRevisionTable(jdbc, new ObjectMapper()), new PartLotTable(jdbc), commands,
                new Reevaluations(commands, () -> {
                    transactions.incrementAndGet();
                    return NoTransactionManager.INSTANCE.startTransaction();
                }));
    }

    private static RevisionBecameEffective effective(int revision, List<CharacteristicLimit> limits) {
        return new RevisionBecameEffective("SPEC-42SH", PART, "42SH", revision, NOW, revision > 1 ? revision - 1 : null,
                new RevisionContent(limits, null, null, 150.0));
    }

    private static MagnetLotReceived received(String lotId) {
        return new MagnetLotReceived(lotId, "SUP-1", PART, "42SH", 100, new DeclaredChain(List.of(), null), List.of(), NOW);
    }

    private static MeasurementRecorded measured(String lotId) {
        return new MeasurementRecorded(lotId, PART, "M-1", "S1", 20.0, "Lab A", "HG-200",
                MeasurementMethod.CLOSED_CIRCUIT_IEC_60404_5, List.of(new PropertyValue(Characteristic.HCJ, 1600.0)), NOW);
    }

    /** The evaluations sent, in no particular order for a revision's re-evaluations (they run on a pool). */
    private List<EvaluateLotConformance> sent(int times) {
        ArgumentCaptor<Object> captor = ArgumentCaptor.forClass(Object.class);
        verify(commands, times(times)).sendAndWait(captor.capture());
        return captor.getAllValues().stream()
                .map(sent -> sent instanceof CommandMessage<?> message ? message.getPayload() : sent)
                .map(EvaluateLotConformance.class::cast).toList();
    }

    @Test
    void aMeasurementIsEvaluatedAgainstTheEffectiveRevisionOfItsPart() {
        policy.on(effective(1, REV1_LIMITS), LIVE);
        policy.on(measured("LOT-1"), MetaData.emptyInstance(), LIVE);

        assertThat(sent(1)).containsExactly(
                new EvaluateLotConformance("LOT-1", "SPEC-42SH", 1, REV1_LIMITS, "measurement-recorded"));
    }

    /** In a processor batch a lot is evaluated on its last measurement there, in the order of the batch. */
    @Test
    void aLotMeasuredAgainLaterInTheProcessorBatchIsEvaluatedOnceOnItsLastMeasurement() throws Exception {
        policy.on(effective(1, REV1_LIMITS), LIVE);
        List<org.axonframework.eventhandling.EventMessage<?>> batch = List.of(measured("LOT-1"), measured("LOT-2"),
                measured("LOT-1")).stream().<org.axonframework.eventhandling.EventMessage<?>>map(
                org.axonframework.eventhandling.GenericEventMessage::asEventMessage).toList();
        var unitOfWork = new org.axonframework.messaging.unitofwork.BatchingUnitOfWork<>(batch);
        List<String> evaluatedWhileHandling = new java.util.ArrayList<>();
        unitOfWork.executeWithResult(() -> {
            MeasurementRecorded event = (MeasurementRecorded) unitOfWork.getMessage().getPayload();
            policy.on(event, MetaData.emptyInstance(), LIVE);
            evaluatedWhileHandling.add(event.lotId() + ":" + org.mockito.Mockito.mockingDetails(commands).getInvocations().size());
            return null;
        });

        assertThat(evaluatedWhileHandling).containsExactly("LOT-1:0", "LOT-2:1", "LOT-1:2");
        assertThat(sent(2)).extracting(EvaluateLotConformance::lotId).containsExactly("LOT-2", "LOT-1");
    }

    @Test
    void withoutAnEffectiveRevisionNothingIsEvaluated() {
        policy.on(received("LOT-1"), LIVE);
        policy.on(measured("LOT-1"), MetaData.emptyInstance(), LIVE);

        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void aLotReceivedWhileARevisionIsEffectiveIsEvaluatedAtOnce() {
        policy.on(effective(1, REV1_LIMITS), LIVE);
        policy.on(received("LOT-1"), LIVE);

        assertThat(sent(1)).containsExactly(
                new EvaluateLotConformance("LOT-1", "SPEC-42SH", 1, REV1_LIMITS, "lot-received"));
    }

    @Test
    void aNewEffectiveRevisionReEvaluatesEveryOpenLotOfThePart() {
        policy.on(received("LOT-1"), LIVE);
        policy.on(received("LOT-2"), LIVE);
        policy.on(received("LOT-3"), LIVE);
        policy.on(new LotRejected("LOT-2", "cracked", "qe.anna", NOW));
        policy.on(new MagnetLotReceived("LOT-OTHER", "SUP-1", "P-OTHER", "N42", 5, null, List.of(), NOW), LIVE);

        policy.on(effective(2, REV2_LIMITS), LIVE);

        assertThat(sent(2)).containsExactlyInAnyOrder(
                new EvaluateLotConformance("LOT-1", "SPEC-42SH", 2, REV2_LIMITS, "revision-effective"),
                new EvaluateLotConformance("LOT-3", "SPEC-42SH", 2, REV2_LIMITS, "revision-effective"));
    }

    @Test
    void aReEvaluationThatFailsFailsTheRevisionsEventSoThatItIsRetried() {
        policy.on(received("LOT-1"), LIVE);
        policy.on(received("LOT-2"), LIVE);
        org.mockito.Mockito.when(commands.sendAndWait(org.mockito.ArgumentMatchers.argThat(
                (Object c) -> c instanceof CommandMessage<?> m && ((EvaluateLotConformance) m.getPayload()).lotId().equals("LOT-2"))))
                .thenThrow(new IllegalStateException("lot LOT-2: the store refused the append"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> policy.on(effective(2, REV2_LIMITS), LIVE))
                .hasMessageContaining("LOT-2");
        assertThat(sent(4)).as("the failed chunk again lot by lot, so that LOT-1's evaluation is stored on its own")
                .extracting(EvaluateLotConformance::lotId).containsExactlyInAnyOrder("LOT-1", "LOT-2", "LOT-1", "LOT-2");
        assertThat(transactions).as("the chunk's; each lot sent again has its command's own").hasValue(1);
    }

    @Test
    void aRevisionReEvaluatesFiftyLotsPerTransaction() {
        for (int lot = 1; lot <= 120; lot++) {
            policy.on(received("LOT-" + lot), LIVE);
        }

        policy.on(effective(2, REV2_LIMITS), LIVE);

        assertThat(sent(120)).extracting(EvaluateLotConformance::lotId).doesNotHaveDuplicates().hasSize(120);
        assertThat(transactions).as("50 + 50 + 20 lots").hasValue(3);
    }

    /** Rejections are sequenced per lot, receipts per part: a rejection handled first still counts. */
    @Test
    void aRejectionHandledBeforeTheReceiptStillKeepsTheLotOutOfReEvaluations() {
        policy.on(new LotRejected("LOT-2", "cracked", "qe.anna", NOW));
        policy.on(new LotRejected("LOT-2", "cracked", "qe.anna", NOW));
        policy.on(received("LOT-1"), LIVE);
        policy.on(received("LOT-2"), LIVE);

        policy.on(effective(1, REV1_LIMITS), LIVE);

        assertThat(sent(1)).extracting(EvaluateLotConformance::lotId).containsExactly("LOT-1");
    }

    @Test
    void laterMeasurementsUseTheRevisionThatBecameEffectiveLast() {
        policy.on(effective(1, REV1_LIMITS), LIVE);
        policy.on(effective(2, REV2_LIMITS), LIVE);
        policy.on(measured("LOT-1"), MetaData.emptyInstance(), LIVE);

        assertThat(sent(1)).containsExactly(
                new EvaluateLotConformance("LOT-1", "SPEC-42SH", 2, REV2_LIMITS, "measurement-recorded"));
    }

    @Test
    void replayingTheReceiptOfALotKeepsOneEntryPerLot() {
        policy.on(received("LOT-1"), LIVE);
        policy.on(received("LOT-1"), LIVE);

        policy.on(effective(1, REV1_LIMITS), LIVE);

        assertThat(sent(1)).extracting(EvaluateLotConformance::lotId).containsExactly("LOT-1");
    }

    @Test
    void aBatchIsEvaluatedOnceOnItsLastMeasurement() {
        policy.on(effective(1, REV1_LIMITS), LIVE);
        MetaData continues = MetaData.with(MagnetLot.BATCH_CONTINUES, "true");
        policy.on(measured("LOT-1"), continues, LIVE);
        policy.on(measured("LOT-1"), continues, LIVE);
        policy.on(measured("LOT-1"), MetaData.emptyInstance(), LIVE);

        assertThat(sent(1)).containsExactly(
                new EvaluateLotConformance("LOT-1", "SPEC-42SH", 1, REV1_LIMITS, "measurement-recorded"));
    }

    /** A replay rebuilds the tables from the events and sends nothing: the evaluations are in the store already. */
    @Test
    void aReplaySendsNoCommandButRebuildsTheTablesForTheLiveEventsAfterIt() {
        policy.on(received("LOT-1"), LIVE);
        policy.on(new LotRejected("LOT-1", "cracked", "qe.anna", NOW));
        policy.on(effective(1, REV1_LIMITS), LIVE);
        policy.on(received("LOT-2"), LIVE);
        policy.on(measured("LOT-2"), MetaData.emptyInstance(), LIVE);
        org.mockito.Mockito.clearInvocations(commands);

        policy.reset();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lot_conformance_lot", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lot_conformance_rejected", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lot_conformance_revision", Integer.class)).isZero();
        policy.on(received("LOT-1"), REPLAY);
        policy.on(new LotRejected("LOT-1", "cracked", "qe.anna", NOW));
        policy.on(effective(1, REV1_LIMITS), REPLAY);
        policy.on(received("LOT-2"), REPLAY);
        policy.on(measured("LOT-2"), MetaData.emptyInstance(), REPLAY);
        verify(commands, never()).sendAndWait(any());

        // live again: the rebuilt tables know the revision and which lots are open
        policy.on(received("LOT-3"), LIVE);
        policy.on(effective(2, REV2_LIMITS), LIVE);
        assertThat(sent(3)).containsExactlyInAnyOrder(
                new EvaluateLotConformance("LOT-3", "SPEC-42SH", 1, REV1_LIMITS, "lot-received"),
                new EvaluateLotConformance("LOT-2", "SPEC-42SH", 2, REV2_LIMITS, "revision-effective"),
                new EvaluateLotConformance("LOT-3", "SPEC-42SH", 2, REV2_LIMITS, "revision-effective"));
    }
}
