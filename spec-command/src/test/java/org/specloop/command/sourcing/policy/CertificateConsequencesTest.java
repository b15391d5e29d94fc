package org.specloop.command.sourcing.policy;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.specloop.command.sourcing.Chains;
import org.specloop.contracts.lot.ChainLink;
import org.specloop.contracts.lot.HoldCategory;
import org.specloop.contracts.lot.HoldLotForSourcing;
import org.specloop.contracts.lot.LiftSourcingHold;
import org.specloop.contracts.lot.LotHeld;
import org.specloop.contracts.lot.LotReleased;
import org.specloop.contracts.source.Certificate;
import org.specloop.contracts.source.CertificateAdded;
import org.specloop.contracts.source.RecordCertificateExpiry;
import org.specloop.contracts.source.SupplySourceRegistered;
import org.specloop.contracts.source.Tier;
import org.specloop.contracts.source.WarnCertificateExpiring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

/**
 * Certificates with consequences, on a fixed clock: SEP-A's RMAP expires 2026-06-01. Lots received before are
 * released as usual, lots received that day are held; the daily watch holds unreleased stock once the day has
 * passed, a renewal lifts the holds, and the watch warns 90 and 30 days ahead.
 */
class CertificateConsequencesTest {
    static final LocalDate EXPIRY = LocalDate.of(2026, 6, 1);
    private final CommandGateway commands = mock(CommandGateway.class);
    private final SettableClock clock = new SettableClock(Instant.parse("2026-05-31T09:00:00Z"));
    private SourcingTables tables;
    private org.springframework.jdbc.core.JdbcTemplate jdbc;
    private SourcingGroup policy;
    private CertificateWatch watch;

    @BeforeEach
    void setUp() {
        jdbc = PolicyDatabase.fresh();
        tables = new SourcingTables(jdbc, PolicyDatabase.json());
        SourcingProperties properties = new SourcingProperties("HOLD", false, List.of(), List.of(),
                List.of("RMI RMAP|RMAP"), List.of(), List.of(), List.of("ISO 9001"), List.of(90, 30), Duration.ofHours(1));
        policy = new SourcingGroup(tables, new EvidenceTables(jdbc, PolicyDatabase.json()), commands, properties, clock);
        watch = new CertificateWatch(tables, policy, commands, clock, properties, new NoProcessing());
        for (ChainLink link : Chains.chainA().links()) {
            List<Certificate> certificates = switch (link.tier()) {
                case SEPARATOR -> List.of(new Certificate("RMI RMAP", "RMAP-7", "RMI", LocalDate.of(2023, 6, 1), EXPIRY));
                case MAGNET_MAKER -> List.of(new Certificate("ISO 9001", "Q-1", "TUV", LocalDate.of(2024, 1, 1),
                        LocalDate.of(2029, 1, 1)));
                default -> List.of();
            };
            policy.on(new SupplySourceRegistered(link.sourceId(), link.sourceId() + " Ltd", link.tier(), link.country(),
                    List.of(), certificates));
        }
        policy.on(LotSourcingPolicyTest.effective());
    }

    @Test
    void aLotReceivedTheDayBeforeExpiryPasses() {
        policy.on(LotSourcingPolicyTest.received("LOT-1", Chains.chainA(), clock.instant()));

        assertThat(sent()).isEmpty();
    }

    @Test
    void aLotReceivedOnTheExpiryDayIsHeldNamingSourceTierKindAndExpiry() {
        clock.set(Instant.parse("2026-06-01T00:00:00Z"));
        policy.on(LotSourcingPolicyTest.received("LOT-2", Chains.chainA(), clock.instant()));

        assertThat(sent()).singleElement().isInstanceOfSatisfying(HoldLotForSourcing.class, hold -> {
            assertThat(hold.category()).isEqualTo(HoldCategory.SOURCING_RULE);
            assertThat(hold.reason()).isEqualTo("required certificates lacking: tier default: separator SEP-A holds no"
                    + " valid RMI RMAP or RMAP certificate on 2026-06-01: RMI RMAP RMAP-7 expired on 2026-06-01");
        });
    }

    @Test
    void theWatchHoldsUnreleasedStockOnceTheCertificateHasExpiredButLeavesReleasedStock() {
        policy.on(LotSourcingPolicyTest.received("LOT-IN", Chains.chainA(), clock.instant()));
        policy.on(LotSourcingPolicyTest.received("LOT-OUT", Chains.chainA(), clock.instant()));
        policy.on(new LotReleased("LOT-OUT", "conforming", "qe", clock.instant()));
        assertThat(watch.watch()).isTrue();
        assertThat(sent()).noneMatch(HoldLotForSourcing.class::isInstance);
        clearInvocations(commands);

        clock.set(Instant.parse("2026-06-01T00:30:00Z"));
        assertThat(watch.watch()).isTrue();
        assertThat(watch.watch()).as("the day is judged once").isFalse();

        assertThat(sent()).filteredOn(HoldLotForSourcing.class::isInstance).singleElement()
                .isInstanceOfSatisfying(HoldLotForSourcing.class, hold -> {
            assertThat(hold.lotId()).isEqualTo("LOT-IN");
            assertThat(hold.reason()).contains("SEP-A", "RMAP-7 expired on 2026-06-01", "certificate watch of 2026-06-01");
        });
    }

    @Test
    void aRenewedCertificateLiftsTheHoldsItsLapseCaused() {
        clock.set(Instant.parse("2026-06-03T08:00:00Z"));
        policy.on(LotSourcingPolicyTest.received("LOT-3", Chains.chainA(), clock.instant()));
        policy.on(new LotHeld("LOT-3", HoldCategory.SOURCING_RULE, "lapse", LotSourcingPolicy.ACTOR, clock.instant()));
        clearInvocations(commands);

        policy.on(new CertificateAdded("SEP-A", new Certificate("RMI RMAP", "RMAP-8", "RMI", LocalDate.of(2026, 6, 2),
                LocalDate.of(2029, 6, 2))));

        assertThat(sent()).singleElement().isInstanceOfSatisfying(LiftSourcingHold.class, lift -> {
            assertThat(lift.lotId()).isEqualTo("LOT-3");
            assertThat(lift.reason()).contains("RMI RMAP certificate RMAP-8 of SEP-A");
        });
    }

    @Test
    void theWatchWarnsAtTheNearestThresholdCrossed() {
        clock.set(Instant.parse("2026-03-03T08:00:00Z")); // 90 days ahead
        watch.watch();
        clock.set(Instant.parse("2026-05-02T08:00:00Z")); // 30 days ahead
        watch.watch();
        clock.set(Instant.parse("2026-05-03T08:00:00Z"));
        watch.watch();

        assertThat(sent()).filteredOn(WarnCertificateExpiring.class::isInstance).containsExactly(
                new WarnCertificateExpiring("SEP-A", "RMAP-7", 90, LocalDate.of(2026, 3, 3)),
                new WarnCertificateExpiring("SEP-A", "RMAP-7", 30, LocalDate.of(2026, 5, 2)),
                new WarnCertificateExpiring("SEP-A", "RMAP-7", 30, LocalDate.of(2026, 5, 3)));
    }

    @Test
    void theWatchAsksForTheExpiryToBeRecordedFromTheExpiryDayButNotForARenewedCertificate() {
        clock.set(Instant.parse("2026-05-31T08:00:00Z"));
        watch.watch();
        clock.set(Instant.parse("2026-06-01T08:00:00Z"));
        watch.watch();
        clock.set(Instant.parse("2026-06-02T08:00:00Z"));
        watch.watch();
        policy.on(new CertificateAdded("SEP-A", new Certificate("RMI RMAP", "RMAP-8", "RMI", LocalDate.of(2026, 6, 2),
                LocalDate.of(2029, 6, 2))));
        clock.set(Instant.parse("2026-06-03T08:00:00Z"));
        watch.watch();

        // the source records the expiry once and only if it warned of it; asking every day until renewed is safe
        assertThat(sent()).filteredOn(RecordCertificateExpiry.class::isInstance).containsExactly(
                new RecordCertificateExpiry("SEP-A", "RMAP-7", LocalDate.of(2026, 6, 1)),
                new RecordCertificateExpiry("SEP-A", "RMAP-7", LocalDate.of(2026, 6, 2)));
    }

    @Test
    void sourcesRecordedBeforeThePolicyKeptCertificatesAreNotJudgedUntilAReplay() {
        jdbc.update("UPDATE sourcing_source SET certificates_json = NULL"); // as V11_70 leaves existing rows
        clock.set(Instant.parse("2026-06-02T00:00:00Z"));

        policy.on(LotSourcingPolicyTest.received("LOT-OLD", Chains.chainA(), clock.instant()));
        policy.on(new CertificateAdded("SEP-A", new Certificate("ISO 14001", "E-1", "TUV", null, null)));

        assertThat(sent()).isEmpty();
        assertThat(tables.source("SEP-A").orElseThrow().certificatesKnown()).isFalse();
    }

    private List<Object> sent() {
        ArgumentCaptor<Object> captor = ArgumentCaptor.forClass(Object.class);
        verify(commands, atLeast(0)).sendAndWait(captor.capture());
        return captor.getAllValues();
    }

    /** No Axon configuration in a fixture: nothing replays. */
    static final class NoProcessing implements org.springframework.beans.factory.ObjectProvider<org.axonframework.config.EventProcessingConfiguration> {
        @Override
        public org.axonframework.config.EventProcessingConfiguration getObject(Object... args) {
            return null;
        }

        @Override
        public org.axonframework.config.EventProcessingConfiguration getIfAvailable() {
            return null;
        }

        @Override
        public org.axonframework.config.EventProcessingConfiguration getIfUnique() {
            return null;
        }

        @Override
        public org.axonframework.config.EventProcessingConfiguration getObject() {
            return null;
        }
    }

    static final class SettableClock extends Clock {
        private Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
