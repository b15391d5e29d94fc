package org.specloop.app.loop;

import org.specloop.app.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.common.SignatureMeaning;
import org.specloop.contracts.motordesign.DefineMotorDesign;
import org.specloop.contracts.motordesign.MotorRequirements;
import org.specloop.contracts.rig.ThermalClass;
import org.specloop.contracts.specification.ApproveRevision;
import org.specloop.contracts.specification.CharacteristicLimit;
import org.specloop.contracts.specification.CreateSpecification;
import org.specloop.contracts.specification.ProposeRevision;
import org.specloop.contracts.specification.QualifiedSource;
import org.specloop.contracts.specification.RevisionContent;
import org.specloop.contracts.specification.SourcingRules;
import org.specloop.contracts.source.CustodyModel;
import org.specloop.contracts.source.Tier;
import org.specloop.contracts.units.Characteristic;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.specloop.app.loop.SyntheticPlant.TRUE_BR_LIMIT;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 6 scenario: two magnet makers deliver 42SH lots, Br ~ N(1.315, 0.004) T per sample; each
 * motor is built from one lot, Ke = 0.9 * Br + N(0, 0.002) V*s/rad; the design needs Ke >= 1.17,
 * so the true Br limit is 1.3 T against a spec minimum of 1.28 T. The loop must propose a Br
 * minimum within TOLERANCE above 1.3 T; then MAG-B's Br drops 3 % and the loop must raise a DRIFT
 * change naming MAG-B, Br, the rule and the first drifted lot within DETECTION_BOUND lots.
 */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
class ClosedLoopScenarioTest {
    static final String SPEC = "SPEC-LOOP-42SH";
    static final String PART = "PN-LOOP-42SH";
    static final String DESIGN = "TM-LOOP";
    static final int LOTS_BEFORE_DRIFT = 30;
    /** The derived limit is conservative by the prediction margin t * s / k (about 0.004 T here). */
    static final double TOLERANCE_T = 0.006;
    /** Lots of the drifting source, counting the first drifted one, by which the change must be raised. */
    static final int DETECTION_BOUND = 2;
    static final int DRIFTED_LOTS = 5;

    @Autowired
    CommandGateway commands;
    @Autowired
    EventGateway events;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    @Test
    void theLoopDerivesTheBrLimitAndRaisesADriftChangeOnTheDriftingSource() throws Exception {
        specAndDesign();
        SyntheticPlant plant = new SyntheticPlant(commands, events, 20260301L, PART, DESIGN, Instant.parse("2026-01-05T08:00:00Z"));
        String last = null;
        for (int i = 0; i < LOTS_BEFORE_DRIFT; i++) {
            plant.lot("MAG-A", 1.0);
            last = plant.lot("MAG-B", 1.0);
        }
        awaitLotProcessed(last);
        // quiet while nothing changes: 60 stable lots from two sources raise no drift change
        assertThat(driftChanges("MAG-A") + driftChanges("MAG-B")).isZero();
        JsonNode proposal = eventually(() -> body("/api/loop/proposals/" + SPEC).path("open"), JsonNode::isObject);
        double proposed = proposal.path("proposedLimit").asDouble();
        JsonNode derivation = proposal.path("evidence").path("derivations").get(0);
        double derived = derivation.path("derivedLimit").asDouble();
        System.out.printf("SCENARIO derived Br limit %.5f T (proposed %.3f T), true %.5f T, difference %+.5f T, n = %d, R^2 = %.6f%n",
                derived, proposed, TRUE_BR_LIMIT, derived - TRUE_BR_LIMIT, derivation.path("n").asInt(),
                derivation.path("rSquared").asDouble());
        assertThat(proposal.path("limitKey").asText()).isEqualTo("BR@20degC:MIN");
        assertThat(proposed).isBetween(TRUE_BR_LIMIT, TRUE_BR_LIMIT + TOLERANCE_T);
        assertThat(proposal.path("effectiveLimit").asDouble()).isEqualTo(1.28);
        assertThat(derivation.path("model").asText()).isEqualTo("THROUGH_ORIGIN");
        assertThat(derivation.path("points")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(proposal.path("evidence").path("lots").size()).isGreaterThanOrEqualTo(10);
        assertThat(body("/api/specifications/" + SPEC).toString()).contains("loop:transfer-function");

        int lotsToDetection = 0;
        String firstDrifted = null;
        for (int j = 1; j <= DRIFTED_LOTS && lotsToDetection == 0; j++) {
            String drifted = plant.lot("MAG-B", 0.97);
            firstDrifted = firstDrifted == null ? drifted : firstDrifted;
            plant.lot("MAG-A", 1.0);
            awaitLotProcessed(drifted);
            if (driftChanges("MAG-B") > 0) {
                lotsToDetection = j;
            }
        }
        System.out.printf("SCENARIO drift on MAG-B raised after %d drifted lot(s) (bound %d)%n", lotsToDetection, DETECTION_BOUND);
        jdbc.queryForList("SELECT source_id, rule_id, first_lot FROM loop_drift").forEach(r -> System.out.println("SCENARIO drift " + r));
        assertThat(lotsToDetection).isBetween(1, DETECTION_BOUND);
        assertThat(driftChanges("MAG-A")).isZero();
        String first = firstDrifted;
        JsonNode change = eventually(() -> body("/api/engineering-changes?trigger=DRIFT").path("items"), n -> n.size() > 0).get(0);
        assertThat(change.path("title").asText()).contains("MAG-B").contains("Br");
        String id = change.path("changeId").asText();
        JsonNode detail = body("/api/engineering-changes/" + id);
        // 30 lots are inside Phase I (100 lots): a 3 % drop, about 20 sigma of these lot means, is a Phase I jump
        assertThat(detail.toString()).contains(first).contains("PHASE_I_JUMP").contains("MAG-B");
        assertThat(id).endsWith(first);
        JsonNode drift = detail.path("drift");
        assertThat(drift.path("sourceId").asText()).isEqualTo("MAG-B");
        assertThat(drift.path("characteristic").asText()).isEqualTo("BR");
        assertThat(drift.path("rule").asText()).isEqualTo("PHASE_I_JUMP");
        assertThat(drift.path("firstLot").asText()).isEqualTo(first);
        assertThat(drift.path("signalLotMean").asDouble()).isLessThan(drift.path("phaseOneLower").asDouble());
    }

    private void specAndDesign() {
        RevisionContent content = new RevisionContent(List.of(
                new CharacteristicLimit(Characteristic.BR, 1.28, 1.36, null, 20.0, "IEC 60404-8-1")), List.of(),
                new SourcingRules(List.of(new QualifiedSource(Tier.MAGNET_MAKER, "MAG-A"),
                        new QualifiedSource(Tier.MAGNET_MAKER, "MAG-B")), List.of(), CustodyModel.SEGREGATED), 150.0);
        commands.sendAndWait(new CreateSpecification(SPEC, PART, "42SH", "Loop scenario magnet", content, "qe.alice"));
        commands.sendAndWait(new ProposeRevision(SPEC, 1, "qe.alice"));
        commands.sendAndWait(new ApproveRevision(SPEC, 1, "qe.bob", "initial", SignatureMeaning.APPROVED, null));
        commands.sendAndWait(new DefineMotorDesign(DESIGN, "Scenario traction motor", new MotorRequirements(SPEC, null, null,
                null, SyntheticPlant.KE_MIN, null, null, 150.0, ThermalClass.F, null, 0.95), "eng.carol"));
    }

    private int driftChanges(String source) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM loop_drift WHERE source_id = ?", Integer.class, source);
        return n == null ? 0 : n;
    }

    /** The loop writes a lot's samples and its decisions in one transaction, so seeing the samples means it is done. */
    private void awaitLotProcessed(String lotId) throws InterruptedException {
        eventually(() -> jdbc.queryForObject("SELECT COUNT(*) FROM loop_sample WHERE lot_id = ?", Integer.class, lotId),
                n -> n == SyntheticPlant.SAMPLES_PER_LOT);
    }

    private JsonNode body(String path) {
        try {
            return json.readTree(mvc.perform(get(path).with(TestUsers.ALICE.as())).andReturn().getResponse().getContentAsString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T eventually(Supplier<T> read, java.util.function.Predicate<T> done) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        T value = read.get();
        while (!done.test(value) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            value = read.get();
        }
        assertThat(done.test(value)).as("condition met within 60 s, last value %s", value).isTrue();
        return value;
    }
}
