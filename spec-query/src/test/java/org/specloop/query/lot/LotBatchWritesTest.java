package org.specloop.query.lot;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.lot.ChainLink;
import org.specloop.contracts.lot.CharacteristicResult;
import org.specloop.contracts.lot.DeclaredChain;
import org.specloop.contracts.lot.HoldCategory;
import org.specloop.contracts.lot.LotConformanceEvaluated;
import org.specloop.contracts.lot.LotHeld;
import org.specloop.contracts.lot.LotHoldLifted;
import org.specloop.contracts.lot.LotRejected;
import org.specloop.contracts.lot.LotReleased;
import org.specloop.contracts.lot.MagnetLotReceived;
import org.specloop.contracts.lot.MeasurementMethod;
import org.specloop.contracts.lot.MeasurementRecorded;
import org.specloop.contracts.lot.PropertyValue;
import org.specloop.contracts.lot.SampleValue;
import org.specloop.contracts.lot.Verdict;
import org.specloop.contracts.source.CustodyModel;
import org.specloop.contracts.source.Tier;
import org.specloop.contracts.units.Characteristic;
import org.specloop.query.QueryDatabase;

import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.specloop.query.Fixtures.at;
import static org.specloop.query.Fixtures.content42SH;

/**
 * The lot projection writes q_lot and q_lot_hold once per processor batch (LotWrites): what a batch leaves
 * must be what its events left one statement at a time, whatever the batch's cut.
 */
class LotBatchWritesTest {
    private final QueryDatabase batched = new QueryDatabase();
    private final QueryDatabase oneByOne = new QueryDatabase();
    private final LotProjection batchedProjection = new LotProjection(batched.jdbc, batched.json, batched.history);
    private final LotProjection oneByOneProjection = new LotProjection(oneByOne.jdbc, oneByOne.json, oneByOne.history);

    @Test
    void a_batch_with_several_events_of_one_lot_writes_what_the_last_left() {
        List<Consumer<LotProjection>> events = List.of(received("L-1", 0), measured("L-1", "M-1", 1),
                evaluated("L-1", Verdict.FAIL, 2), held("L-1", HoldCategory.NONCONFORMANCE, "HcJ low", 2),
                measured("L-1", "M-2", 3), evaluated("L-1", Verdict.PASS, 4),
                released("L-1", "retest passed", 4));

        inOneBatch(events);

        LotView lot = new LotReadModel(batched.jdbc, batched.json).one("L-1").orElseThrow();
        assertThat(lot.lot().disposition()).isEqualTo("RELEASED");
        assertThat(lot.lot().lastVerdict()).isEqualTo("PASS");
        assertThat(lot.lot().measurementsCount()).isEqualTo(2);
        assertThat(lot.holds()).isEmpty();
        assertThat(tables(batched)).isEqualTo(oneAtATime(events));
    }

    @Test
    void an_event_reads_the_lot_an_earlier_event_of_the_same_batch_wrote() {
        inOneBatch(List.of(received("L-1", 0), held("L-1", HoldCategory.MANUAL, "visual check", 1)));
        // a stored hold and a lifted one of the next batch: one hold is left, the lot stays held
        List<Consumer<LotProjection>> next = List.of(held("L-1", HoldCategory.SOURCE_CHANGE, "new separator", 2),
                lifted("L-1", HoldCategory.SOURCE_CHANGE, 3));
        inOneBatch(next);

        LotView lot = new LotReadModel(batched.jdbc, batched.json).one("L-1").orElseThrow();
        assertThat(lot.lot().disposition()).isEqualTo("HELD");
        assertThat(lot.holds()).extracting(HoldReason::category).containsExactly("MANUAL");

        inOneBatch(List.of(lifted("L-1", HoldCategory.MANUAL, 4)));
        assertThat(new LotReadModel(batched.jdbc, batched.json).one("L-1").orElseThrow().lot().disposition())
                .as("the last hold lifted: waiting for the aggregate's release").isEqualTo("AWAITING_EVALUATION");
    }

    @Test
    void every_cut_of_the_same_events_into_batches_leaves_the_same_tables() {
        List<Consumer<LotProjection>> events = List.of(received("L-1", 0), received("L-2", 0),
                held("L-1", HoldCategory.SOURCE_CHANGE, "new separator", 1), evaluated("L-2", Verdict.FAIL, 1),
                held("L-2", HoldCategory.NONCONFORMANCE, "Br low", 1), held("L-1", HoldCategory.MANUAL, "check", 2),
                lifted("L-1", HoldCategory.MANUAL, 3), rejected("L-2", "scrap", 4), held("L-2", HoldCategory.MANUAL, "why", 5),
                released("L-1", "approved", 6), held("L-1", HoldCategory.MANUAL, "again", 7), evaluated("L-1", Verdict.PASS, 8));
        String expected = oneAtATime(events);

        for (int cut = 1; cut < events.size(); cut++) {
            QueryDatabase db = new QueryDatabase();
            LotProjection projection = new LotProjection(db.jdbc, db.json, db.history);
            inOneBatch(projection, events.subList(0, cut));
            inOneBatch(projection, events.subList(cut, events.size()));

            assertThat(tables(db)).as("cut after event %d", cut).isEqualTo(expected);
        }
    }

    @Test
    void events_of_a_lot_without_a_row_change_its_holds_and_nothing_else_as_before() {
        // a hold and an evaluation before the receipt (the row is not there yet): the receipt still awaits evaluation
        List<Consumer<LotProjection>> events = List.of(held("L-7", HoldCategory.MANUAL, "early", 0),
                evaluated("L-7", Verdict.FAIL, 0), received("L-7", 1), rejected("L-8", "unknown lot", 2));

        inOneBatch(events);

        assertThat(tables(batched)).isEqualTo(oneAtATime(events)).contains("L-7|AWAITING_EVALUATION", "hold L-7|MANUAL|early");
    }

    @Test
    void a_batch_of_only_evaluations_releases_and_rejections_writes_them_without_reading_the_lots() {
        List<Consumer<LotProjection>> before = List.of(received("L-1", 0), held("L-1", HoldCategory.NONCONFORMANCE, "HcJ low", 1),
                received("L-2", 0));
        List<Consumer<LotProjection>> batch = List.of(evaluated("L-1", Verdict.PASS, 2), released("L-1", "retest passed", 2),
                evaluated("L-2", Verdict.FAIL, 3), rejected("L-2", "scrap", 3), released("L-3", "never received", 4),
                evaluated("L-3", Verdict.PASS, 4));
        inOneBatch(before);

        inOneBatch(batch);

        List<Consumer<LotProjection>> all = new java.util.ArrayList<>(before);
        all.addAll(batch);
        assertThat(tables(batched)).isEqualTo(oneAtATime(all)).contains("L-1|RELEASED", "L-2|REJECTED").doesNotContain("L-3", "hold");
    }

    @Test
    void a_replay_in_one_batch_and_a_batch_handled_again_leave_the_same_tables() {
        List<Consumer<LotProjection>> events = List.of(received("L-1", 0), measured("L-1", "M-1", 1),
                evaluated("L-1", Verdict.FAIL, 2), held("L-1", HoldCategory.NONCONFORMANCE, "HcJ low", 2),
                received("L-2", 3), released("L-1", "deviation", 4), held("L-2", HoldCategory.MANUAL, "check", 5));
        inOneBatch(events.subList(0, 4));
        inOneBatch(events.subList(4, events.size()));
        String live = tables(batched);

        batchedProjection.reset();
        inOneBatch(events);
        assertThat(tables(batched)).as("replayed after a reset, all in one batch").isEqualTo(live);

        inOneBatch(events.subList(4, events.size()));
        assertThat(tables(batched)).as("the last batch handled again").isEqualTo(live);
    }

    private void inOneBatch(List<Consumer<LotProjection>> events) {
        inOneBatch(batchedProjection, events);
    }

    private static void inOneBatch(LotProjection projection, List<Consumer<LotProjection>> events) {
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("a batch of events"));
        events.forEach(event -> event.accept(projection));
        batch.commit();
    }

    private String oneAtATime(List<Consumer<LotProjection>> events) {
        events.forEach(event -> event.accept(oneByOneProjection));
        return tables(oneByOne);
    }

    /** Every column of q_lot, the holds and the measurement rows, one line each in key order. */
    private static String tables(QueryDatabase db) {
        List<String> lines = new java.util.ArrayList<>();
        db.jdbc.getJdbcTemplate().query("SELECT * FROM q_lot ORDER BY lot_id", rs -> {
            StringBuilder line = new StringBuilder(rs.getString("lot_id")).append('|').append(rs.getString("disposition"));
            for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                line.append(" ").append(rs.getMetaData().getColumnName(c).toLowerCase()).append('=').append(rs.getString(c));
            }
            lines.add(line.toString());
        });
        db.jdbc.getJdbcTemplate().query("SELECT lot_id, category, reason, actor, held_at FROM q_lot_hold ORDER BY lot_id, category",
                rs -> {
                    lines.add("hold " + rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + " by " + rs.getString(4)
                            + " at " + rs.getString(5));
                });
        db.jdbc.getJdbcTemplate().query("SELECT lot_id, measurement_id FROM q_lot_measurement ORDER BY lot_id, measurement_id",
                rs -> {
                    lines.add("measurement " + rs.getString(1) + "|" + rs.getString(2));
                });
        return String.join("\n", lines);
    }

    private static Consumer<LotProjection> received(String lotId, int minute) {
        return p -> p.on(new MagnetLotReceived(lotId, "SUP-1", "P-100", "42SH", 500,
                new DeclaredChain(List.of(new ChainLink(Tier.MAGNET_MAKER, "MM-1", "DE")), CustodyModel.SEGREGATED),
                List.of("CoC-1"), at(minute)), at(minute), "recv-" + lotId + minute);
    }

    private static Consumer<LotProjection> measured(String lotId, String measurementId, int minute) {
        return p -> p.on(new MeasurementRecorded(lotId, "P-100", measurementId, "S-" + measurementId, 20, "Lab A", "HG-200",
                MeasurementMethod.CLOSED_CIRCUIT_IEC_60404_5, List.of(new PropertyValue(Characteristic.BR, 1.31)), at(minute)),
                at(minute), "m-" + lotId + measurementId);
    }

    private static Consumer<LotProjection> evaluated(String lotId, Verdict verdict, int minute) {
        CharacteristicResult hcj = new CharacteristicResult(content42SH(1592).characteristics().get(1),
                List.of(new SampleValue("S1", 1550.0 + minute)), 1550.0 + minute, 1550.0, 1550.0, verdict);
        return p -> p.on(new LotConformanceEvaluated(lotId, "S-1", 2, List.of(hcj), verdict, "measurement", at(minute)),
                at(minute), "ev-" + lotId + minute);
    }

    private static Consumer<LotProjection> held(String lotId, HoldCategory category, String reason, int minute) {
        return p -> p.on(new LotHeld(lotId, category, reason, "qe", at(minute)), at(minute), "hold-" + lotId + category + minute);
    }

    private static Consumer<LotProjection> lifted(String lotId, HoldCategory category, int minute) {
        return p -> p.on(new LotHoldLifted(lotId, category, "cleared", "qe.bob"), at(minute), "lift-" + lotId + category + minute);
    }

    private static Consumer<LotProjection> released(String lotId, String reason, int minute) {
        return p -> p.on(new LotReleased(lotId, reason, "qe.bob", at(minute)), at(minute), "rel-" + lotId + minute);
    }

    private static Consumer<LotProjection> rejected(String lotId, String reason, int minute) {
        return p -> p.on(new LotRejected(lotId, reason, "qe.bob", at(minute)), at(minute), "rej-" + lotId + minute);
    }
}
