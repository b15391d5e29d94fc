package org.specloop.command.specification.policy;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.specloop.command.kernel.RuleViolation;
import org.specloop.contracts.common.SignatureMeaning;
import org.specloop.contracts.specification.ActivateRevision;
import org.specloop.contracts.specification.RevisionApproved;
import org.specloop.contracts.specification.RevisionBecameEffective;
import org.specloop.contracts.specification.RevisionContent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.*;

/** Runs the real migrations on an in-memory H2 database; only the command gateway is mocked. */
class RevisionActivationSchedulerTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant APPROVED_AT = Instant.parse("2026-02-01T00:00:00Z");

    private final CommandGateway gateway = mock(CommandGateway.class);
    private PendingActivationTable pending;
    private RevisionActivationScheduler scheduler;

    @BeforeEach
    void setUp() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:activation-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/command").load().migrate();
        pending = new PendingActivationTable(new JdbcTemplate(dataSource));
        scheduler = new RevisionActivationScheduler(pending, gateway, Clock.fixed(NOW, ZoneOffset.UTC),
                new ActivationProperties(Duration.ofSeconds(10)));
    }

    private static RevisionApproved approved(String spec, int revision, Instant effectiveFrom) {
        return new RevisionApproved(spec, revision, "bob", "ok", SignatureMeaning.APPROVED, APPROVED_AT, effectiveFrom);
    }

    @Test
    void aFutureDatedApprovalIsRemembered() {
        scheduler.on(approved("SPEC-A", 2, NOW));

        assertThat(pending.dueAt(NOW)).containsExactly(new PendingActivation("SPEC-A", 2, NOW));
    }

    @Test
    void anApprovalEffectiveAtOnceIsNotRemembered() {
        scheduler.on(approved("SPEC-A", 2, APPROVED_AT));

        assertThat(pending.dueAt(NOW)).isEmpty();
    }

    @Test
    void aReplayedApprovalIsRememberedOnce() {
        scheduler.on(approved("SPEC-A", 2, NOW));
        scheduler.on(approved("SPEC-A", 2, NOW));

        assertThat(pending.dueAt(NOW)).hasSize(1);
    }

    @Test
    void aRevisionThatBecameEffectiveIsForgotten() {
        scheduler.on(approved("SPEC-A", 2, NOW));
        scheduler.on(new RevisionBecameEffective("SPEC-A", "P", "G", 2, NOW, 1,
                new RevisionContent(null, null, null, null)));

        assertThat(pending.dueAt(NOW)).isEmpty();
    }

    @Test
    void onlyDueRevisionsAreActivatedOldestFirst() {
        scheduler.on(approved("SPEC-A", 3, NOW));
        scheduler.on(approved("SPEC-B", 2, NOW.plusSeconds(1)));
        scheduler.on(approved("SPEC-A", 2, NOW.minusSeconds(3600)));

        scheduler.activateDue();

        InOrder inOrder = inOrder(gateway);
        inOrder.verify(gateway).sendAndWait(new ActivateRevision("SPEC-A", 2));
        inOrder.verify(gateway).sendAndWait(new ActivateRevision("SPEC-A", 3));
        verifyNoMoreInteractions(gateway);
        assertThat(pending.dueAt(NOW.plusSeconds(1))).containsExactly(new PendingActivation("SPEC-B", 2, NOW.plusSeconds(1)));
    }

    @Test
    void aFailedActivationDoesNotStopTheOthersAndIsRetried() {
        scheduler.on(approved("SPEC-A", 2, NOW.minusSeconds(20)));
        scheduler.on(approved("SPEC-B", 2, NOW.minusSeconds(10)));
        scheduler.on(approved("SPEC-C", 2, NOW));
        when(gateway.sendAndWait(new ActivateRevision("SPEC-A", 2))).thenThrow(new IllegalStateException("store down"));
        when(gateway.sendAndWait(new ActivateRevision("SPEC-B", 2))).thenThrow(new RuleViolation("not-yet-effective", "later"));

        scheduler.activateDue();

        verify(gateway).sendAndWait(new ActivateRevision("SPEC-C", 2));
        assertThat(pending.dueAt(NOW)).extracting(PendingActivation::specificationId).containsExactly("SPEC-A", "SPEC-B");
    }

    @Test
    void nothingDueSendsNothing() {
        scheduler.on(approved("SPEC-A", 2, NOW.plusSeconds(60)));

        scheduler.activateDue();

        verify(gateway, never()).sendAndWait(any());
    }

    @Test
    void aResetForgetsEverything() {
        scheduler.on(approved("SPEC-A", 2, NOW));

        scheduler.reset();

        assertThat(pending.dueAt(NOW)).isEmpty();
    }
}
