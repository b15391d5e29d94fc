package org.specloop.query.lot;

import org.specloop.query.PeakConnections;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import org.junit.jupiter.api.Test;
import org.specloop.contracts.change.LotAttachedToChange;
import org.specloop.contracts.lot.ChainLink;
import org.specloop.contracts.lot.CharacteristicResult;
import org.specloop.contracts.lot.DeclaredChain;
import org.specloop.contracts.lot.HoldCategory;
import org.specloop.contracts.common.SignatureMeaning;
import org.specloop.contracts.lot.DeviationDisposition;
import org.specloop.contracts.lot.LotConformanceEvaluated;
import org.specloop.contracts.lot.LotDeviationApproved;
import org.specloop.contracts.lot.LotDeviationRejected;
import org.specloop.contracts.lot.LotDeviationRequested;
import org.specloop.contracts.lot.LotHeld;
import org.specloop.contracts.lot.LotHoldLifted;
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
import org.specloop.query.shared.HistoryEntry;
import org.specloop.query.shared.PageQuery;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.specloop.query.Fixtures.at;
import static org.specloop.query.Fixtures.content42SH;

class LotProjectionTest {
    private final QueryDatabase db = new QueryDatabase();
    private final LotProjection projection = new LotProjection(db.jdbc, db.json, db.history);
    private final LotReadModel readModel = new LotReadModel(db.jdbc, db.json);

    @Test
    void a_received_lot_awaits_evaluation_with_its_declared_chain() {
        received("L-1", "P-100", 0);

        LotView lot = readModel.one("L-1").orElseThrow();

        assertThat(lot.lot().disposition()).isEqualTo("AWAITING_EVALUATION");
        assertThat(lot.lot().custodyModel()).isEqualTo("SEGREGATED");
        assertThat(lot.declaredChain().at(Tier.MAGNET_MAKER)).contains(new ChainLink(Tier.MAGNET_MAKER, "MM-1", "DE"));
    }

    @Test
    void a_lot_shows_each_links_custody_model_and_the_weakest_as_the_effective_one() {
        projection.on(new MagnetLotReceived("L-9", "SUP-1", "P-100", "42SH", 500, new DeclaredChain(List.of(
                new ChainLink(Tier.SEPARATOR, "SEP-1", "MY", CustodyModel.MASS_BALANCE),
                new ChainLink(Tier.MAGNET_MAKER, "MM-1", "DE")), CustodyModel.IDENTITY_PRESERVED),
                List.of(), at(0)), at(0), "recv-L-9");

        LotView lot = readModel.one("L-9").orElseThrow();

        assertThat(lot.lot().custodyModel()).as("as declared for the lot").isEqualTo("IDENTITY_PRESERVED");
        assertThat(lot.declaredChain().at(Tier.SEPARATOR).orElseThrow().custodyModel()).isEqualTo(CustodyModel.MASS_BALANCE);
        assertThat(lot.declaredChain().at(Tier.MAGNET_MAKER).orElseThrow().custodyModel()).isNull();
        assertThat(lot.effectiveCustodyModel()).isEqualTo(CustodyModel.MASS_BALANCE);
    }

    @Test
    void a_lot_page_and_the_lot_list_hold_one_database_connection_at_a_time() {
        received("L-1", "P-100", 0);
        held("L-1", HoldCategory.MANUAL, "visual check", 1);
        PeakConnections counted = new PeakConnections(db.dataSource);
        LotReadModel reads = new LotReadModel(new NamedParameterJdbcTemplate(counted), db.json);

        assertThat(reads.one("L-1")).isPresent();
        assertThat(reads.find("P-100", null, null, PageQuery.parse(null, null, null, LotReadModel.SORTABLE, "receivedAt,desc"))
                .items()).hasSize(1);

        assertThat(counted.peak()).as("connections held at once by one read").isEqualTo(1);
    }

    @Test
    void a_held_lot_lists_each_hold_reason() {
        received("L-1", "P-100", 0);
        held("L-1", HoldCategory.SOURCE_CHANGE, "new separator", 1);
        held("L-1", HoldCategory.MANUAL, "visual check", 2);

        LotView lot = readModel.one("L-1").orElseThrow();

        assertThat(lot.lot().disposition()).isEqualTo("HELD");
        assertThat(lot.holds()).extracting(HoldReason::category).containsExactly("SOURCE_CHANGE", "MANUAL");
    }

    @Test
    void lifting_one_hold_of_two_keeps_the_lot_held() {
        received("L-1", "P-100", 0);
        held("L-1", HoldCategory.SOURCE_CHANGE, "new separator", 1);
        held("L-1", HoldCategory.MANUAL, "visual check", 2);
        projection.on(new LotHoldLifted("L-1", HoldCategory.MANUAL, "fine", "qe"), at(3), "lift");

        LotView lot = readModel.one("L-1").orElseThrow();

        assertThat(lot.lot().disposition()).isEqualTo("HELD");
        assertThat(lot.holds()).extracting(HoldReason::category).containsExactly("SOURCE_CHANGE");
    }

    @Test
    void a_release_clears_the_holds() {
        received("L-1", "P-100", 0);
        held("L-1", HoldCategory.NONCONFORMANCE, "HcJ low", 1);
        projection.on(new LotReleased("L-1", "retest passed", "qe", at(2)), at(2), "rel");

        LotView lot = readModel.one("L-1").orElseThrow();

        assertThat(lot.lot().disposition()).isEqualTo("RELEASED");
        assertThat(lot.holds()).isEmpty();
        assertThat(lot.dispositionBy()).isEqualTo("qe");
    }

    @Test
    void a_replayed_measurement_is_counted_once() {
        received("L-1", "P-100", 0);
        MeasurementRecorded m = new MeasurementRecorded("L-1", "P-100", "M-1", "S1", 20, "Lab A", "HG-200",
                MeasurementMethod.CLOSED_CIRCUIT_IEC_60404_5, List.of(new PropertyValue(Characteristic.BR, 1.31)), at(1));
        projection.on(m, at(1), "m1");
        projection.on(m, at(1), "m1");

        assertThat(readModel.one("L-1").orElseThrow().lot().measurementsCount()).isEqualTo(1);
    }

    @Test
    void an_evaluation_keeps_the_result_of_each_characteristic() {
        received("L-1", "P-100", 0);
        CharacteristicResult hcj = new CharacteristicResult(content42SH(1592).characteristics().get(1),
                List.of(new SampleValue("S1", 1550.0)), 1550.0, 1550.0, 1550.0, Verdict.FAIL);
        projection.on(new LotConformanceEvaluated("L-1", "S-1", 2, List.of(hcj), Verdict.FAIL, "measurement", at(2)),
                at(2), "ev");

        LotView lot = readModel.one("L-1").orElseThrow();

        assertThat(lot.lot().lastVerdict()).isEqualTo("FAIL");
        assertThat(lot.lot().evaluatedRevision()).isEqualTo(2);
        assertThat(lot.results()).containsExactly(hcj);
    }

    @Test
    void lots_filter_by_disposition_and_sort_newest_first() {
        received("L-1", "P-100", 0);
        received("L-2", "P-100", 5);
        received("L-3", "P-100", 9);
        held("L-3", HoldCategory.MANUAL, "check", 10);

        PageQuery query = PageQuery.parse(null, null, "receivedAt,desc", LotReadModel.SORTABLE, "receivedAt");

        assertThat(readModel.find("P-100", "AWAITING_EVALUATION", null, query).items())
                .extracting(LotSummary::lotId).containsExactly("L-2", "L-1");
    }

    @Test
    void paging_reports_the_total_and_returns_one_page() {
        for (int i = 0; i < 5; i++) {
            received("L-" + i, "P-100", i);
        }
        PageQuery query = PageQuery.parse("1", "2", "lotId", LotReadModel.SORTABLE, "receivedAt");

        var page = readModel.find(null, null, null, query);

        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items()).extracting(LotSummary::lotId).containsExactly("L-2", "L-3");
    }

    @Test
    void the_history_mentions_the_change_the_lot_joined() {
        received("L-1", "P-100", 0);
        projection.on(new LotAttachedToChange("EC-1", "L-1"), at(1), "att");

        assertThat(db.history.page(LotReadModel.OBJECT_TYPE, "L-1", PageQuery.unsorted(null, null)).items())
                .extracting(HistoryEntry::summary).last().isEqualTo("attached to engineering change EC-1");
    }

    @Test
    void a_lot_shows_its_open_and_decided_deviations_and_its_history_tells_them() {
        received("L-1", "P-100", 0);
        held("L-1", HoldCategory.NONCONFORMANCE, "HcJ low", 1);
        projection.on(new LotDeviationRequested("L-1", "DEV-1", DeviationDisposition.USE_AS_IS, "margin shown", "qe.alice",
                Verdict.FAIL, "SPEC-1", 2, at(2)), at(2), "dev-1");
        projection.on(new LotDeviationRejected("L-1", "DEV-1", "qe.bob", "margin not shown", at(3)), at(3), "dev-1-rej");
        projection.on(new LotDeviationRequested("L-1", "DEV-2", DeviationDisposition.USE_AS_IS, "motor test attached",
                "qe.alice", Verdict.FAIL, "SPEC-1", 2, at(4)), at(4), "dev-2");

        assertThat(readModel.one("L-1").orElseThrow().deviations())
                .extracting(LotDeviation::deviationId, LotDeviation::status, LotDeviation::decidedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DEV-1", "REJECTED", "qe.bob"),
                        org.assertj.core.groups.Tuple.tuple("DEV-2", "OPEN", null));

        projection.on(new LotDeviationApproved("L-1", "DEV-2", DeviationDisposition.USE_AS_IS, "qe.bob", "agreed",
                SignatureMeaning.APPROVED, at(5)), at(5), "dev-2-ok");
        projection.on(new LotReleased("L-1", "deviation DEV-2 (USE_AS_IS) signed by qe.bob: motor test attached", "qe.bob",
                at(5), "DEV-2"), at(5), "rel");
        // a replay of the request must not reopen what was signed
        projection.on(new LotDeviationRequested("L-1", "DEV-2", DeviationDisposition.USE_AS_IS, "motor test attached",
                "qe.alice", Verdict.FAIL, "SPEC-1", 2, at(4)), at(4), "dev-2");

        LotView lot = readModel.one("L-1").orElseThrow();
        assertThat(lot.lot().disposition()).isEqualTo("RELEASED");
        assertThat(readModel.deviation("L-1", "DEV-2")).hasValue(new LotDeviation("DEV-2", "USE_AS_IS", "APPROVED",
                "motor test attached", "qe.alice", at(4), "FAIL", "SPEC-1", 2, "qe.bob", "agreed", "APPROVED", at(5)));
        assertThat(db.history.page(LotReadModel.OBJECT_TYPE, "L-1", PageQuery.unsorted(null, "50")).items())
                .extracting(HistoryEntry::summary).contains(
                        "deviation DEV-1 requested (USE_AS_IS, last verdict FAIL): margin shown",
                        "deviation DEV-1 rejected by qe.bob: margin not shown",
                        "deviation DEV-2 (USE_AS_IS) signed APPROVED by qe.bob: agreed",
                        "released: deviation DEV-2 (USE_AS_IS) signed by qe.bob: motor test attached (under deviation DEV-2)");
    }

    private void received(String lotId, String partNumber, int minute) {
        projection.on(new MagnetLotReceived(lotId, "SUP-1", partNumber, "42SH", 500,
                new DeclaredChain(List.of(new ChainLink(Tier.MAGNET_MAKER, "MM-1", "DE")), CustodyModel.SEGREGATED),
                List.of("CoC-1"), at(minute)), at(minute), "recv-" + lotId);
    }

    private void held(String lotId, HoldCategory category, String reason, int minute) {
        projection.on(new LotHeld(lotId, category, reason, "qe", at(minute)), at(minute), "hold-" + lotId + category);
    }
}
