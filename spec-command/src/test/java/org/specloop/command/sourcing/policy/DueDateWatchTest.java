package org.specloop.command.sourcing.policy;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.specloop.command.kernel.RuleViolation;
import org.specloop.contracts.change.ChangeEvidenceCompleted;
import org.specloop.contracts.change.ChangeTrigger;
import org.specloop.contracts.change.EngineeringChangeApproved;
import org.specloop.contracts.change.EngineeringChangeEscalated;
import org.specloop.contracts.change.EngineeringChangePlanned;
import org.specloop.contracts.change.EngineeringChangeRaised;
import org.specloop.contracts.change.EngineeringChangeRejected;
import org.specloop.contracts.change.EscalateEngineeringChange;
import org.specloop.contracts.change.PlanItem;
import org.specloop.contracts.common.SignatureMeaning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/** The due-date watch on the real command-side migrations (H2); only the command gateway is mocked. */
class DueDateWatchTest {
    static final String CHANGE = "EC-SRC-LOT-2";
    static final Instant RAISED_AT = Instant.parse("2026-03-01T10:00:00Z");
    static final LocalDate DUE = LocalDate.of(2026, 4, 30);
    static final List<PlanItem> ITEMS = List.of(new PlanItem("FAI-20C", "first articles", "MEASUREMENT@20degC", 5));

    private final CommandGateway gateway = mock(CommandGateway.class);
    private final AtomicBoolean replaying = new AtomicBoolean();
    private DueDateTable table;

    @BeforeEach
    void setUp() {
        table = new DueDateTable(PolicyDatabase.fresh());
    }

    private DueDateWatch watchAt(String instant) {
        return new DueDateWatch(table, gateway, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC),
                new DueDateProperties(Duration.ofMinutes(1)), replaying::get);
    }

    private static EngineeringChangeRaised raised(ChangeTrigger trigger) {
        return new EngineeringChangeRaised(CHANGE, trigger, "Change", null, "SPEC-42SH", List.of(), List.of(),
                "qe.alice", RAISED_AT);
    }

    private static EngineeringChangePlanned planned(LocalDate due) {
        return new EngineeringChangePlanned(CHANGE, ITEMS, due, "qe.alice");
    }

    private static EscalateEngineeringChange escalation(String reason) {
        return new EscalateEngineeringChange(CHANGE, DUE, reason, RequalificationPolicy.ACTOR);
    }

    @Test
    void nothingIsEscalatedOnTheDueDateItself() {
        DueDateWatch watch = watchAt("2026-04-30T23:59:59Z");
        watch.on(raised(ChangeTrigger.SOURCE_CHANGE));
        watch.on(planned(DUE));

        watch.escalateOverdue();

        verify(gateway, never()).sendAndWait(any());
    }

    @Test
    void theDayAfterTheDueDateAnUndecidedSourceChangeIsEscalated() {
        DueDateWatch watch = watchAt("2026-05-01T00:00:01Z");
        watch.on(raised(ChangeTrigger.SOURCE_CHANGE));
        watch.on(planned(DUE));

        watch.escalateOverdue();

        verify(gateway).sendAndWait(escalation("requalification due 2026-04-30: planned evidence incomplete and no decision"));
    }

    @Test
    void everyKindOfChangeIsEscalatedInItsOwnWords() {
        DueDateWatch watch = watchAt("2026-05-02T08:00:00Z");
        watch.on(raised(ChangeTrigger.MANUAL));
        watch.on(planned(DUE));
        watch.on(new ChangeEvidenceCompleted(CHANGE, RAISED_AT));

        watch.escalateOverdue();

        verify(gateway).sendAndWait(escalation("manual change due 2026-04-30: evidence complete but no decision"));
    }

    @Test
    void aChangeIsEscalatedOncePerDueDateAndAgainWhenANewPlanPassesToo() {
        DueDateWatch watch = watchAt("2026-06-20T08:00:00Z");
        watch.on(raised(ChangeTrigger.DRIFT));
        watch.on(planned(DUE));
        watch.on(new EngineeringChangeEscalated(CHANGE, DUE, "drift change due 2026-04-30", RequalificationPolicy.ACTOR, RAISED_AT));

        watch.escalateOverdue();
        verify(gateway, never()).sendAndWait(any());

        LocalDate replanned = LocalDate.of(2026, 6, 1);
        watch.on(planned(replanned));
        watch.escalateOverdue();
        verify(gateway).sendAndWait(new EscalateEngineeringChange(CHANGE, replanned,
                "drift change due 2026-06-01: planned evidence incomplete and no decision", RequalificationPolicy.ACTOR));
    }

    @Test
    void aDecidedChangeIsNoLongerWatched() {
        DueDateWatch watch = watchAt("2026-06-20T08:00:00Z");
        watch.on(raised(ChangeTrigger.SOURCE_CHANGE));
        watch.on(planned(DUE));
        watch.on(new EngineeringChangeApproved(CHANGE, "qe.bob", "ok", SignatureMeaning.APPROVED, RAISED_AT));
        watch.on(new EngineeringChangeRaised("EC-2", ChangeTrigger.MANUAL, "Other", null, null, List.of(), List.of(), "qe.alice", RAISED_AT));
        watch.on(new EngineeringChangePlanned("EC-2", ITEMS, DUE, "qe.alice"));
        watch.on(new EngineeringChangeRejected("EC-2", "qe.bob", "no", RAISED_AT));

        watch.escalateOverdue();

        verify(gateway, never()).sendAndWait(any());
    }

    @Test
    void aRefusedEscalationIsTriedAgainAndDoesNotStopTheOthers() {
        DueDateWatch watch = watchAt("2026-06-20T08:00:00Z");
        watch.on(raised(ChangeTrigger.SOURCE_CHANGE));
        watch.on(planned(DUE));
        watch.on(new EngineeringChangeRaised("EC-2", ChangeTrigger.MANUAL, "Other", null, null, List.of(), List.of(), "qe.alice", RAISED_AT));
        watch.on(new EngineeringChangePlanned("EC-2", ITEMS, DUE.plusDays(1), "qe.alice"));
        doThrow(new RuleViolation("change-decided", "the change is already APPROVED"))
                .when(gateway).sendAndWait(escalation("requalification due 2026-04-30: planned evidence incomplete and no decision"));

        watch.escalateOverdue();
        watch.escalateOverdue();

        verify(gateway, times(2)).sendAndWait(escalation("requalification due 2026-04-30: planned evidence incomplete and no decision"));
        verify(gateway, times(2)).sendAndWait(new EscalateEngineeringChange("EC-2", DUE.plusDays(1),
                "manual change due 2026-05-01: planned evidence incomplete and no decision", RequalificationPolicy.ACTOR));
    }

    @Test
    void nothingIsSentWhileTheGroupReplaysAndTheResetEmptiesTheTable() {
        DueDateWatch watch = watchAt("2026-06-20T08:00:00Z");
        watch.on(raised(ChangeTrigger.SOURCE_CHANGE));
        watch.on(planned(DUE));
        replaying.set(true);

        watch.escalateOverdue();
        verify(gateway, never()).sendAndWait(any());

        watch.reset();
        assertThat(table.overdueOn(LocalDate.of(2026, 6, 20))).isEmpty();
    }
}
