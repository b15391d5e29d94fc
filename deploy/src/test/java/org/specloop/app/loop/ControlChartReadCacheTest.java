package org.specloop.app.loop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.Test;
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
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The read API keeps the chart and the transfer functions it computed (LoopViews) until the loop's processor
 * commits new facts of them: the version it keys them by is written in the processor's transaction, so the
 * first read after a lot's samples are visible already shows the lot, without waiting for anything.
 */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
class ControlChartReadCacheTest {
    static final String SPEC = "SPEC-CACHE-42SH";
    static final String PART = "PN-CACHE-42SH";
    static final String DESIGN = "TM-CACHE";
    static final String SOURCE = "MAG-CACHE";
    static final String CHART = "/api/loop/control-charts?sourceId=" + SOURCE + "&partNumber=" + PART + "&characteristic=BR";
    static final String TRANSFER = "/api/loop/transfer-functions?designId=" + DESIGN + "&characteristic=BR";

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
    void theFirstReadAfterTheLoopCommittedANewLotShowsItsPointAndItsMotor() throws Exception {
        specAndDesign();
        SyntheticPlant plant = new SyntheticPlant(commands, events, 20261206L, PART, DESIGN, Instant.parse("2026-02-02T08:00:00Z"));
        String last = null;
        for (int i = 0; i < 3; i++) {
            last = plant.lot(SOURCE, 1.0);
        }
        awaitProcessed(last);
        assertThat(body(CHART).path("points")).hasSize(3);
        assertThat(body(CHART).path("points")).hasSize(3);
        assertThat(body(TRANSFER).get(0).path("motors")).hasSize(3);

        String fourth = plant.lot(SOURCE, 1.0);
        awaitProcessed(fourth);

        assertThat(body(CHART).path("points").findValuesAsText("lotId")).hasSize(4).last().isEqualTo(fourth);
        assertThat(body(TRANSFER).get(0).path("motors").toString()).contains("M-" + fourth);
    }

    private void specAndDesign() {
        RevisionContent content = new RevisionContent(List.of(
                new CharacteristicLimit(Characteristic.BR, 1.28, 1.36, null, 20.0, "IEC 60404-8-1")), List.of(),
                new SourcingRules(List.of(new QualifiedSource(Tier.MAGNET_MAKER, SOURCE)), List.of(), CustodyModel.SEGREGATED),
                150.0);
        commands.sendAndWait(new CreateSpecification(SPEC, PART, "42SH", "Read cache magnet", content, "qe.alice"));
        commands.sendAndWait(new ProposeRevision(SPEC, 1, "qe.alice"));
        commands.sendAndWait(new ApproveRevision(SPEC, 1, "qe.bob", "initial", SignatureMeaning.APPROVED, null));
        commands.sendAndWait(new DefineMotorDesign(DESIGN, "Read cache motor", new MotorRequirements(SPEC, null, null,
                null, SyntheticPlant.KE_MIN, null, null, 150.0, ThermalClass.F, null, 0.95), "eng.carol"));
    }

    /** The loop writes a lot's samples in one transaction with the versions; its motor arrives after them. */
    private void awaitProcessed(String lotId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline) && !processed(lotId)) {
            Thread.sleep(100);
        }
        assertThat(processed(lotId)).as("the loop processed %s within 60 s", lotId).isTrue();
    }

    private boolean processed(String lotId) {
        Integer samples = jdbc.queryForObject("SELECT COUNT(*) FROM loop_sample WHERE lot_id = ?", Integer.class, lotId);
        Integer motors = jdbc.queryForObject("SELECT COUNT(*) FROM loop_motor_lot WHERE lot_id = ?", Integer.class, lotId);
        return samples != null && samples == SyntheticPlant.SAMPLES_PER_LOT && motors != null && motors == 1;
    }

    private JsonNode body(String path) throws Exception {
        return json.readTree(mvc.perform(get(path).with(TestUsers.ALICE.as())).andReturn().getResponse().getContentAsString());
    }
}
