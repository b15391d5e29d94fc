package org.specloop.app.loop;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.Test;
import org.specloop.app.ApiClient;
import org.specloop.app.StoreSnapshots;
import org.specloop.app.TestUsers;
import org.specloop.contracts.common.SignatureMeaning;
import org.specloop.contracts.motordesign.DefineMotorDesign;
import org.specloop.contracts.motordesign.MotorRequirements;
import org.specloop.contracts.rig.ThermalClass;
import org.specloop.contracts.source.CustodyModel;
import org.specloop.contracts.source.Tier;
import org.specloop.contracts.specification.ApproveRevision;
import org.specloop.contracts.specification.CharacteristicLimit;
import org.specloop.contracts.specification.CreateSpecification;
import org.specloop.contracts.specification.ProposeRevision;
import org.specloop.contracts.specification.QualifiedSource;
import org.specloop.contracts.specification.RevisionContent;
import org.specloop.contracts.specification.SourcingRules;
import org.specloop.contracts.units.Characteristic;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.specloop.app.Eventually.eventually;

/**
 * The loop decides (raises drift changes, holds lots, proposes and withdraws revisions) and may be
 * replayed: the replay rebuilds its fact tables and decides nothing, so the store gains no event and every
 * loop table is as before; a lost drift record is restored by the next replay; afterwards a new drifting
 * lot finds the drift change raised before the replay (it is held for it, none is raised anew) and a new
 * motor result is judged again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoopFeedbackReplayTest {
    private static final String GROUP = "loop-feedback";
    private static final String ADMIN = TestUsers.ADMIN.username;
    private static final int LOTS_BEFORE_DRIFT = 30;
    /** loop_lot_stat's stamp of its last write (ChartPoints): a replay writes the rows again, with new stamps. */
    private static final Set<String> WRITE_STAMPS = Set.of("change_no");
    private static final List<String> TABLES = List.of("loop_lot", "loop_sample", "loop_lot_stat", "loop_motor_point",
            "loop_motor_lot", "loop_design", "loop_spec", "loop_change", "loop_drift", "loop_proposal",
            "loop_proposal_limit", "loop_proposal_state");

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommandGateway commands;
    @Autowired
    EventGateway events;

    private final String tag = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    private final String spec = "SPEC-RPL-" + tag;
    private final String part = "PN-RPL-" + tag;
    private final String design = "TM-RPL-" + tag;
    private final String makerA = "MAGA-" + tag;
    private final String makerB = "MAGB-" + tag;

    @Test
    void aReplayDecidesNothingAndTheLoopGoesOnFromItsDecisions() throws Exception {
        ApiClient api = new ApiClient(port);
        specAndDesign();
        SyntheticPlant plant = new SyntheticPlant(commands, events, 20261206L, part, design, Instant.parse("2026-02-02T08:00:00Z"));
        for (int i = 0; i < LOTS_BEFORE_DRIFT; i++) {
            plant.lot(makerA, 1.0);
            plant.lot(makerB, 1.0);
        }
        eventually(Duration.ofSeconds(60), Duration.ofMillis(200), () -> assertThat(jdbc.queryForList(
                "SELECT revision FROM loop_proposal WHERE specification_id = ? AND status = 'PROPOSED'", spec)).hasSize(1));
        for (int j = 0; j < 5 && drifts() == 0; j++) {
            String drifted = plant.lot(makerB, 0.97);
            plant.lot(makerA, 1.0);
            awaitMeasured(drifted);
        }
        assertThat(drifts()).isEqualTo(1);
        String change = jdbc.queryForObject("SELECT change_id FROM loop_drift WHERE source_id = ?", String.class, makerB);
        api.await("/api/engineering-changes/" + change, c -> c.path("change").path("changeId").asText().equals(change));

        long events = StoreSnapshots.quietEventCount(jdbc, api);
        List<List<String>> before = StoreSnapshots.rows(jdbc, TABLES, WRITE_STAMPS);
        Timestamp judged = lastJudged();

        replay(api);
        assertThat(StoreSnapshots.eventCount(jdbc)).as("a replay sends no command").isEqualTo(events);
        assertThat(StoreSnapshots.rows(jdbc, TABLES, WRITE_STAMPS)).isEqualTo(before);

        // the reset keeps the drift records; one lost is restored from its change's evidence
        String driftKey = "SELECT change_id, source_id, characteristic, rule_id, first_lot, first_seq, cause FROM loop_drift"
                + " WHERE source_id = ?";
        List<java.util.Map<String, Object>> drift = jdbc.queryForList(driftKey, makerB);
        jdbc.update("DELETE FROM loop_drift WHERE source_id = ?", makerB);
        replay(api);
        assertThat(StoreSnapshots.eventCount(jdbc)).isEqualTo(events);
        assertThat(jdbc.queryForList(driftKey, makerB)).isEqualTo(drift);

        // live again: the next drifting lot is held for the change raised before the replay, and no other is raised
        String after = plant.lot(makerB, 0.97);
        awaitMeasured(after);
        api.await("/api/lots/" + after, lot -> lot.path("holds").toString().contains("open drift change on " + makerB));
        assertThat(drifts()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM loop_change WHERE change_trigger = 'DRIFT' AND change_id LIKE ?",
                Integer.class, "EC-DRIFT-" + makerB + "%")).isEqualTo(1);
        // and its motor result is judged against the spec again
        eventually(Duration.ofSeconds(30), Duration.ofMillis(100), () -> assertThat(lastJudged()).isAfter(judged));
    }

    private static void replay(ApiClient api) throws Exception {
        ApiClient.Response started = api.post("/api/admin/processors/" + GROUP + "/replay", ADMIN, null);
        assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
        eventually(Duration.ofSeconds(120), Duration.ofMillis(100), () -> {
            JsonNode view = api.get("/api/admin/processors/" + GROUP, ADMIN).body();
            assertThat(view.path("replaying").asBoolean()).isFalse();
            assertThat(view.path("lag").asLong()).isZero();
        });
    }

    private void specAndDesign() {
        RevisionContent content = new RevisionContent(List.of(
                new CharacteristicLimit(Characteristic.BR, 1.28, 1.36, null, 20.0, "IEC 60404-8-1")), List.of(),
                new SourcingRules(List.of(new QualifiedSource(Tier.MAGNET_MAKER, makerA),
                        new QualifiedSource(Tier.MAGNET_MAKER, makerB)), List.of(), CustodyModel.SEGREGATED), 150.0);
        commands.sendAndWait(new CreateSpecification(spec, part, "42SH", "Loop replay magnet", content, "qe.alice"));
        commands.sendAndWait(new ProposeRevision(spec, 1, "qe.alice"));
        commands.sendAndWait(new ApproveRevision(spec, 1, "qe.bob", "initial", SignatureMeaning.APPROVED, null));
        commands.sendAndWait(new DefineMotorDesign(design, "Replay traction motor", new MotorRequirements(spec, null, null,
                null, SyntheticPlant.KE_MIN, null, null, 150.0, ThermalClass.F, null, 0.95), "eng.carol"));
    }

    private int drifts() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM loop_drift WHERE source_id = ?", Integer.class, makerB);
    }

    private Timestamp lastJudged() {
        return jdbc.queryForObject("SELECT evaluated_at FROM loop_proposal_state WHERE specification_id = ?", Timestamp.class, spec);
    }

    private void awaitMeasured(String lotId) throws Exception {
        eventually(Duration.ofSeconds(60), Duration.ofMillis(100), () -> assertThat(jdbc.queryForObject(
                "SELECT COUNT(*) FROM loop_sample WHERE lot_id = ?", Integer.class, lotId)).isEqualTo(SyntheticPlant.SAMPLES_PER_LOT));
    }
}
