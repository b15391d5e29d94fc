package org.specloop.app.loop;

import org.specloop.app.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Issue 6 "done when": on the demo data a user sees, through the API, a loop proposal with evidence and a drift change. */
@SpringBootTest(properties = "specloop.demo.enabled=true")
@ActiveProfiles("test")
@AutoConfigureMockMvc
class DemoLoopTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    ObjectMapper json;

    @Test
    void theDemoShowsALoopProposalWithEvidenceAndADriftChangeOnTheDriftingSource() throws Exception {
        JsonNode open = eventually("/api/loop/proposals/SPEC-RTR-38UH", n -> n.path("open").isObject()).path("open");
        assertThat(open.path("status").asText()).isEqualTo("PROPOSED");
        assertThat(open.path("limitKey").asText()).isEqualTo("BR@20degC:MIN");
        assertThat(open.path("proposedLimit").asDouble()).isBetween(1.23, 1.24);
        JsonNode derivation = open.path("evidence").path("derivations").get(0);
        assertThat(derivation.path("designId").asText()).isEqualTo("PUMP-M7");
        assertThat(derivation.path("points").size()).isGreaterThanOrEqualTo(10);

        JsonNode drifts = eventually("/api/engineering-changes?trigger=DRIFT", n -> n.toString().contains("Drift of Br"))
                .path("items");
        System.out.println("DEMO drift changes: " + drifts);
        assertThat(drifts.toString()).contains("Drift of Br at MAG-JP-1").contains("EC-DRIFT-MAG-JP-1-BR-LOT-38UH-1025");
        // Br and (BH)max drop together, one cause: one change, not twins
        assertThat(drifts.size()).isEqualTo(1);
        JsonNode drift = body("/api/engineering-changes/EC-DRIFT-MAG-JP-1-BR-LOT-38UH-1025").path("drift");
        assertThat(drift.path("rule").asText()).isEqualTo("PHASE_I_JUMP");
        assertThat(drift.path("firstLot").asText()).isEqualTo("LOT-38UH-1025");
        assertThat(drift.path("cause").asText()).isEqualTo("BR");
        String page = mvc.perform(get("/ui/engineering-changes/EC-DRIFT-MAG-JP-1-BR-LOT-38UH-1025").with(TestUsers.ALICE.as()))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Drift signal").contains("PHASE_I_JUMP").contains("LOT-38UH-1025");

        JsonNode chart = body("/api/loop/control-charts?sourceId=MAG-JP-1&characteristic=BR");
        assertThat(chart.path("signals").toString()).contains("LOT-38UH-1025");
        int lots = chart.path("totalPoints").asInt();
        assertThat(chart.path("points").size()).as("every lot of a chart under the default window").isEqualTo(lots);
        // a screen of the newest lots: their points, the whole chart's limits
        JsonNode newest = body("/api/loop/control-charts?sourceId=MAG-JP-1&characteristic=BR&lastLots=3");
        assertThat(newest.path("points").size()).isEqualTo(3);
        assertThat(newest.at("/points/2/index").asInt()).isEqualTo(lots - 1);
        assertThat(newest.path("totalPoints").asInt()).isEqualTo(lots);
        assertThat(newest.path("limits")).isEqualTo(chart.path("limits"));
        JsonNode capability = body("/api/loop/capability?sourceId=MAG-JP-1&characteristic=BR");
        assertThat(capability.path("cpk").isNumber()).isTrue();
        JsonNode transfer = body("/api/loop/transfer-functions?designId=PUMP-M7&characteristic=BR");
        assertThat(transfer.toString()).contains("THROUGH_ORIGIN").contains("band");
        int runs = transfer.at("/0/totalPoints").asInt();
        assertThat(transfer.at("/0/points").size()).as("every run under the default window").isEqualTo(runs);
        // the newest runs' scatter, the whole relation's fit
        JsonNode newestRuns = body("/api/loop/transfer-functions?designId=PUMP-M7&characteristic=BR&lastRuns=2");
        assertThat(newestRuns.at("/0/points").size()).isEqualTo(2);
        assertThat(newestRuns.at("/0/points/1/runId")).isEqualTo(transfer.at("/0/points/" + (runs - 1) + "/runId"));
        assertThat(newestRuns.at("/0/slope")).isEqualTo(transfer.at("/0/slope"));
        assertThat(newestRuns.at("/0/totalPoints").asInt()).isEqualTo(runs);
        // what a revision page of the magnet spec asks: the evidence of every design built on it
        JsonNode ofSpec = body("/api/loop/transfer-functions?specificationId=SPEC-RTR-38UH");
        assertThat(ofSpec.findValuesAsText("designId")).isNotEmpty().containsOnly("PUMP-M7");
        assertThat(ofSpec.findValuesAsText("characteristic")).contains("BR");
    }

    /** The README's motor-design lines: the demo design reads back, and its 27 rig runs by design and by lot. */
    @Test
    void theDemoMotorDesignAndItsResultsReadBack() throws Exception {
        JsonNode design = eventually("/api/motor-designs/PUMP-M7", n -> n.path("design").path("version").asInt() == 1);
        assertThat(design.at("/design/specificationId").asText()).isEqualTo("SPEC-RTR-38UH");
        assertThat(design.at("/current/requirements/keMin/unit").asText()).isEqualTo("V*s/rad");
        JsonNode runs = eventually("/api/motor-results/designs/PUMP-M7", n -> n.path("total").asInt() == 27);
        assertThat(runs.at("/items/0/points/0/verdicts").isArray()).isTrue();
        JsonNode byLot = eventually("/api/motor-results/lots/LOT-38UH-1001", n -> n.path("total").asInt() == 1);
        assertThat(byLot.at("/items/0/installedLots/0").asText()).isEqualTo("LOT-38UH-1001");
    }

    @Test
    void unknownSourcesAndCharacteristicsAreProblems() throws Exception {
        var neither = mvc.perform(get("/api/loop/transfer-functions").with(TestUsers.ALICE.as())).andReturn().getResponse();
        assertThat(neither.getStatus()).isEqualTo(400);
        assertThat(neither.getContentType()).isEqualTo("application/problem+json");
        assertThat(mvc.perform(get("/api/loop/control-charts?sourceId=NOPE&characteristic=BR").with(TestUsers.ALICE.as())).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        var noLots = mvc.perform(get("/api/loop/control-charts?sourceId=MAG-JP-1&characteristic=BR&lastLots=0")
                .with(TestUsers.ALICE.as())).andReturn().getResponse();
        assertThat(noLots.getStatus()).isEqualTo(400);
        assertThat(noLots.getContentType()).isEqualTo("application/problem+json");
        assertThat(noLots.getContentAsString()).contains("lastLots must be at least 1");
        var noRuns = mvc.perform(get("/api/loop/transfer-functions?designId=PUMP-M7&lastRuns=0")
                .with(TestUsers.ALICE.as())).andReturn().getResponse();
        assertThat(noRuns.getStatus()).isEqualTo(400);
        assertThat(noRuns.getContentType()).isEqualTo("application/problem+json");
        assertThat(mvc.perform(get("/api/loop/capability?sourceId=MAG-JP-1&characteristic=XYZ").with(TestUsers.ALICE.as())).andReturn().getResponse()
                .getContentType()).isEqualTo("application/problem+json");
    }

    private JsonNode body(String path) throws Exception {
        return json.readTree(mvc.perform(get(path).with(TestUsers.ALICE.as())).andReturn().getResponse().getContentAsString());
    }

    private JsonNode eventually(String path, java.util.function.Predicate<JsonNode> done) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        JsonNode value = body(path);
        while (!done.test(value) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            value = body(path);
        }
        assertThat(done.test(value)).as("%s within 90 s, last %s", path, value).isTrue();
        return value;
    }
}
