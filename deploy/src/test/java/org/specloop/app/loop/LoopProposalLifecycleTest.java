package org.specloop.app.loop;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.common.SignatureMeaning;
import org.specloop.loop.policy.LoopMetrics;
import org.specloop.contracts.motordesign.DefineMotorDesign;
import org.specloop.contracts.motordesign.MotorRequirements;
import org.specloop.contracts.motordesign.ReviseMotorDesignRequirements;
import org.specloop.contracts.specification.ApproveRevision;
import org.specloop.contracts.specification.CharacteristicLimit;
import org.specloop.contracts.specification.CreateSpecification;
import org.specloop.contracts.specification.ProposeRevision;
import org.specloop.contracts.specification.RejectRevision;
import org.specloop.contracts.specification.RevisionContent;
import org.specloop.contracts.units.Characteristic;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One open loop proposal per spec as the evidence changes: a person's rejection is respected,
 * a requirement that moves the derived limit by more than the dead band replaces the stale
 * proposal, and one that brings it back inside the dead band withdraws it. The evidence here
 * is the same 12 motors throughout; only the design's Ke minimum changes (Ke = 0.9 Br).
 */
@SpringBootTest
@ActiveProfiles("test")
class LoopProposalLifecycleTest {
    static final String SPEC = "SPEC-LIFE";
    static final String DESIGN = "TM-LIFE";

    @Autowired
    CommandGateway commands;
    @Autowired
    EventGateway events;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;
    private final Map<String, Double> proposalsBefore = new java.util.HashMap<>();

    @BeforeEach
    void plantWithTwelveMotors() throws InterruptedException {
        for (String outcome : List.of("opened", "withdrawn", "replaced")) {
            proposalsBefore.put(outcome, proposals(outcome));
        }
        commands.sendAndWait(new CreateSpecification(SPEC, "PN-LIFE", "42SH", "Lifecycle magnet", new RevisionContent(List.of(
                new CharacteristicLimit(Characteristic.BR, 1.28, null, null, 20.0, "IEC 60404-8-1")), List.of(), null, 150.0),
                "qe.alice"));
        commands.sendAndWait(new ProposeRevision(SPEC, 1, "qe.alice"));
        commands.sendAndWait(new ApproveRevision(SPEC, 1, "qe.bob", "initial", SignatureMeaning.APPROVED, null));
        commands.sendAndWait(new DefineMotorDesign(DESIGN, "Lifecycle motor", requirements(1.17), "eng.carol"));
        SyntheticPlant plant = new SyntheticPlant(commands, events, 99L, "PN-LIFE", DESIGN, Instant.parse("2026-02-01T00:00:00Z"));
        for (int i = 0; i < 12; i++) {
            plant.lot("MAG-L", 1.0);
        }
    }

    static MotorRequirements requirements(double keMin) {
        return new MotorRequirements(SPEC, null, null, null, keMin, null, null, 150.0, null, null, 0.95);
    }

    @Test
    void theLoopKeepsOneOpenProposalAndFollowsTheEvidence() throws InterruptedException {
        Map<String, Object> first = await(SPEC, rows -> rows.stream().anyMatch(r -> "PROPOSED".equals(r.get("STATUS"))))
                .stream().filter(r -> "PROPOSED".equals(r.get("STATUS"))).findFirst().orElseThrow();
        int firstRevision = ((Number) first.get("REVISION")).intValue();
        assertThat((Double) first.get("PROPOSED_LIMIT")).isBetween(1.30, 1.31);

        commands.sendAndWait(new RejectRevision(SPEC, firstRevision, "qe.bob", "we want more rig data first"));
        await(SPEC, rows -> status(rows, firstRevision).equals("REJECTED"));
        awaitState("NOTHING");
        assertThat(open()).isZero();

        commands.sendAndWait(new ReviseMotorDesignRequirements(DESIGN, requirements(1.19), "more torque", "eng.carol"));
        List<Map<String, Object>> rows = await(SPEC, r -> r.stream().anyMatch(x -> "PROPOSED".equals(x.get("STATUS"))));
        int second = rows.stream().filter(x -> "PROPOSED".equals(x.get("STATUS"))).mapToInt(x -> ((Number) x.get("REVISION")).intValue())
                .findFirst().orElseThrow();
        assertThat(second).isGreaterThan(firstRevision);

        commands.sendAndWait(new ReviseMotorDesignRequirements(DESIGN, requirements(1.21), "even more torque", "eng.carol"));
        await(SPEC, r -> status(r, second).equals("WITHDRAWN") && open() == 1);
        assertThat(open()).isEqualTo(1);

        commands.sendAndWait(new ReviseMotorDesignRequirements(DESIGN, requirements(1.152), "back to the catalogue value", "eng.carol"));
        List<Map<String, Object>> last = await(SPEC, r -> open() == 0);
        // the loop withdrew its open proposal; once the withdrawal is recorded the next evaluation finds nothing
        // open and says so, so the state is WITHDRAW or, a moment later, NOTHING (the limits agree with the evidence)
        await(SPEC, r -> List.of("WITHDRAW", "NOTHING").contains(state()));
        int newest = last.stream().mapToInt(x -> ((Number) x.get("REVISION")).intValue()).max().orElseThrow();
        assertThat(status(last, newest)).isEqualTo("WITHDRAWN");

        // loop.proposals: first and second opened, the second replaced by a third, the third withdrawn
        assertThat(proposals("opened") - proposalsBefore.get("opened")).isGreaterThanOrEqualTo(3);
        assertThat(proposals("replaced") - proposalsBefore.get("replaced")).isGreaterThanOrEqualTo(1);
        assertThat(proposals("withdrawn") - proposalsBefore.get("withdrawn")).isGreaterThanOrEqualTo(1);
    }

    private double proposals(String outcome) {
        return meters.get(LoopMetrics.PROPOSALS).tag("outcome", outcome).counter().count();
    }

    private int open() {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM loop_proposal WHERE specification_id = ? AND status = 'PROPOSED'",
                Integer.class, SPEC);
        return n == null ? 0 : n;
    }

    private static String status(List<Map<String, Object>> rows, int revision) {
        return rows.stream().filter(r -> ((Number) r.get("REVISION")).intValue() == revision).map(r -> (String) r.get("STATUS"))
                .findFirst().orElse("");
    }

    private void awaitState(String action) throws InterruptedException {
        await(SPEC, r -> action.equals(state()));
    }

    private String state() {
        return jdbc.queryForList("SELECT action FROM loop_proposal_state WHERE specification_id = ?", String.class, SPEC)
                .stream().findFirst().orElse("");
    }

    private List<Map<String, Object>> await(String spec, Predicate<List<Map<String, Object>>> done) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        List<Map<String, Object>> rows = rows(spec);
        while (!done.test(rows) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            rows = rows(spec);
        }
        assertThat(done.test(rows)).as("loop proposals of %s reached the expected state: %s", spec, rows).isTrue();
        return rows;
    }

    private List<Map<String, Object>> rows(String spec) {
        return jdbc.queryForList("SELECT revision, status, proposed_limit FROM loop_proposal WHERE specification_id = ?"
                + " ORDER BY revision", spec);
    }
}
