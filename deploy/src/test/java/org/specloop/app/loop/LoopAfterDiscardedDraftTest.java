package org.specloop.app.loop;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.common.SignatureMeaning;
import org.specloop.contracts.motordesign.DefineMotorDesign;
import org.specloop.contracts.motordesign.MotorRequirements;
import org.specloop.contracts.specification.ApproveRevision;
import org.specloop.contracts.specification.CharacteristicLimit;
import org.specloop.contracts.specification.CreateSpecification;
import org.specloop.contracts.specification.DiscardRevision;
import org.specloop.contracts.specification.DraftRevision;
import org.specloop.contracts.specification.ProposeRevision;
import org.specloop.contracts.specification.RevisionContent;
import org.specloop.contracts.units.Characteristic;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's open draft makes the loop wait with its proposal; discarding the draft must release it,
 * or a spec whose draft was dropped would never again get the loop's proposals.
 */
@SpringBootTest
@ActiveProfiles("test")
class LoopAfterDiscardedDraftTest {
    static final String SPEC = "SPEC-DISCARD-LOOP";
    static final String DESIGN = "TM-DISCARD-LOOP";

    @Autowired
    CommandGateway commands;
    @Autowired
    EventGateway events;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theLoopProposesOnceThePersonsDraftIsDiscarded() throws InterruptedException {
        RevisionContent content = new RevisionContent(List.of(
                new CharacteristicLimit(Characteristic.BR, 1.28, null, null, 20.0, "IEC 60404-8-1")), List.of(), null, 150.0);
        commands.sendAndWait(new CreateSpecification(SPEC, "PN-DISCARD-LOOP", "42SH", "Discard magnet", content, "qe.alice"));
        commands.sendAndWait(new ProposeRevision(SPEC, 1, "qe.alice"));
        commands.sendAndWait(new ApproveRevision(SPEC, 1, "qe.bob", "initial", SignatureMeaning.APPROVED, null));
        commands.sendAndWait(new DraftRevision(SPEC, content, "drawing update", "qe.carol"));
        commands.sendAndWait(new DefineMotorDesign(DESIGN, "Discard motor", new MotorRequirements(SPEC, null, null, null,
                1.17, null, null, 150.0, null, null, 0.95), "eng.carol"));
        SyntheticPlant plant = new SyntheticPlant(commands, events, 7L, "PN-DISCARD-LOOP", DESIGN, Instant.parse("2026-02-01T00:00:00Z"));
        for (int i = 0; i < 12; i++) {
            plant.lot("MAG-D", 1.0);
        }
        await(() -> "WAIT_FOR_OPEN_REVISION".equals(state()), "the loop waits for qe.carol's draft");
        assertThat(proposed()).isZero();

        commands.sendAndWait(new DiscardRevision(SPEC, 2, "qe.carol", "superseded by the loop's evidence"));

        await(() -> proposed() == 1, "the loop proposes once the draft is discarded");
        assertThat(jdbc.queryForObject("SELECT revision FROM loop_proposal WHERE specification_id = ? AND status = 'PROPOSED'",
                Integer.class, SPEC)).isEqualTo(3);
    }

    private String state() {
        return jdbc.queryForList("SELECT action FROM loop_proposal_state WHERE specification_id = ?", String.class, SPEC)
                .stream().findFirst().orElse("");
    }

    private int proposed() {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM loop_proposal WHERE specification_id = ? AND status = 'PROPOSED'",
                Integer.class, SPEC);
        return n == null ? 0 : n;
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(condition.getAsBoolean()).as(what).isTrue();
    }
}
