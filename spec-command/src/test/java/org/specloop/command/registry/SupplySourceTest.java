package org.specloop.command.registry;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.specloop.command.axon.FirstComponentTargetResolver;
import org.specloop.contracts.source.AddCertificate;
import org.specloop.contracts.source.Certificate;
import org.specloop.contracts.source.CertificateAdded;
import org.specloop.contracts.source.DisqualifySupplySource;
import org.specloop.contracts.source.RegisterSupplySource;
import org.specloop.contracts.source.RelocateSupplySource;
import org.specloop.contracts.source.SupplySourceDisqualified;
import org.specloop.contracts.source.SupplySourceRegistered;
import org.specloop.contracts.source.SupplySourceRelocated;
import org.specloop.contracts.source.SourceCertificateExpired;
import org.specloop.contracts.source.RecordCertificateExpiry;
import org.specloop.contracts.source.SourceCertificateExpiring;
import org.specloop.contracts.source.Tier;
import org.specloop.contracts.source.WarnCertificateExpiring;

class SupplySourceTest {
    private static final String SOURCE = "SRC-MAG-1";
    private static final Certificate IATF = new Certificate("IATF 16949", "IATF-0815", "TUV",
            LocalDate.parse("2024-01-01"), LocalDate.parse("2027-01-01"));
    private static final Certificate RMAP = new Certificate("RMI RMAP", "RMAP-77", "RMI",
            LocalDate.parse("2024-06-01"), LocalDate.parse("2025-06-01"));
    private static final SupplySourceRegistered REGISTERED = new SupplySourceRegistered(SOURCE, "Magnetwerk Nord",
            Tier.MAGNET_MAKER, "DE", List.of("MOTOR-OEM-1"), List.of(IATF));
    private FixtureConfiguration<SupplySource> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SupplySource.class);
        fixture.registerCommandTargetResolver(new FirstComponentTargetResolver());
    }

    @Test
    void aSourceIsRegisteredWithTierCountryAndCertificates() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSupplySource(SOURCE, "Magnetwerk Nord", Tier.MAGNET_MAKER, "DE",
                        List.of("MOTOR-OEM-1"), List.of(IATF)))
                .expectEvents(REGISTERED);
    }

    @Test
    void aLowerCaseCountryCodeIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSupplySource(SOURCE, "Magnetwerk Nord", Tier.MAGNET_MAKER, "de", null, null))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void aCountryCodeThatIsNotIsoIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSupplySource(SOURCE, "Magnetwerk Nord", Tier.MAGNET_MAKER, "XX", null, null))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void aSourceWithoutTierIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSupplySource(SOURCE, "Magnetwerk Nord", null, "DE", null, null))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("tier is required");
    }

    @Test
    void aSourceWithoutNameIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new RegisterSupplySource(SOURCE, "", Tier.MINE, "AU", null, null))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("name is required");
    }

    @Test
    void aRegistrationWithACertificateExpiringBeforeItIsValidIsRefused() {
        Certificate backwards = new Certificate("ISO 9001", "Q-1", "DNV", LocalDate.parse("2025-01-01"),
                LocalDate.parse("2024-01-01"));
        fixture.givenNoPriorActivity()
                .when(new RegisterSupplySource(SOURCE, "Magnetwerk Nord", Tier.MAGNET_MAKER, "DE", null,
                        List.of(backwards)))
                .expectException(IllegalArgumentException.class);
    }

    @Test
    void aCertificateIsAdded() {
        fixture.given(REGISTERED)
                .when(new AddCertificate(SOURCE, RMAP))
                .expectEvents(new CertificateAdded(SOURCE, RMAP));
    }

    @Test
    void aCertificateExpiringOnTheDayItBecomesValidIsRefused() {
        Certificate sameDay = new Certificate("ISO 9001", "Q-1", "DNV", LocalDate.parse("2025-01-01"),
                LocalDate.parse("2025-01-01"));
        fixture.given(REGISTERED)
                .when(new AddCertificate(SOURCE, sameDay))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void addingACertificateTheSourceAlreadyHoldsChangesNothing() {
        fixture.given(REGISTERED)
                .when(new AddCertificate(SOURCE, IATF))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aRelocationRecordsThePreviousAndTheNewCountry() {
        fixture.given(REGISTERED)
                .when(new RelocateSupplySource(SOURCE, "PL", "new plant"))
                .expectEvents(new SupplySourceRelocated(SOURCE, "DE", "PL", "new plant"));
    }

    @Test
    void relocatingToTheSameCountryChangesNothing() {
        fixture.given(REGISTERED, new SupplySourceRelocated(SOURCE, "DE", "PL", "new plant"))
                .when(new RelocateSupplySource(SOURCE, "PL", "still there"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aDisqualificationRecordsTierCountryAndReason() {
        fixture.given(REGISTERED, new SupplySourceRelocated(SOURCE, "DE", "PL", "new plant"))
                .when(new DisqualifySupplySource(SOURCE, "audit 2026-11: coating process out of control"))
                .expectEvents(new SupplySourceDisqualified(SOURCE, Tier.MAGNET_MAKER, "PL",
                        "audit 2026-11: coating process out of control"));
    }

    @Test
    void disqualifyingTwiceIsNoNews() {
        fixture.given(REGISTERED, new SupplySourceDisqualified(SOURCE, Tier.MAGNET_MAKER, "DE", "audit"))
                .when(new DisqualifySupplySource(SOURCE, "again"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aDisqualificationNeedsAReason() {
        fixture.given(REGISTERED)
                .when(new DisqualifySupplySource(SOURCE, " "))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void aRelocationToAnInvalidCountryIsRefused() {
        fixture.given(REGISTERED)
                .when(new RelocateSupplySource(SOURCE, "Poland", "new plant"))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void aRelocationNeedsAReason() {
        fixture.given(REGISTERED)
                .when(new RelocateSupplySource(SOURCE, "PL", null))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("reason is required");
    }

    @Test
    void aCertificateWithinTheWarningDaysIsWarnedOncePerThreshold() {
        SourceCertificateExpiring warned = new SourceCertificateExpiring(SOURCE, Tier.MAGNET_MAKER, "IATF 16949", "IATF-0815",
                LocalDate.parse("2027-01-01"), 30, 20, LocalDate.parse("2026-12-12"));
        fixture.given(REGISTERED)
                .when(new WarnCertificateExpiring(SOURCE, "IATF-0815", 30, LocalDate.parse("2026-12-12")))
                .expectEvents(warned);
        fixture.given(REGISTERED, warned)
                .when(new WarnCertificateExpiring(SOURCE, "IATF-0815", 30, LocalDate.parse("2026-12-13")))
                .expectNoEvents();
    }

    @Test
    void aCertificateFurtherAwayOrAlreadyExpiredIsNoWarning() {
        fixture.given(REGISTERED)
                .when(new WarnCertificateExpiring(SOURCE, "IATF-0815", 30, LocalDate.parse("2026-12-01")))
                .expectNoEvents();
        fixture.given(REGISTERED)
                .when(new WarnCertificateExpiring(SOURCE, "IATF-0815", 30, LocalDate.parse("2027-01-02")))
                .expectNoEvents();
    }

    @Test
    void aWarnedCertificateIsRecordedExpiredOnceFromItsExpiryDay() {
        SourceCertificateExpiring warned = new SourceCertificateExpiring(SOURCE, Tier.MAGNET_MAKER, "IATF 16949", "IATF-0815",
                LocalDate.parse("2027-01-01"), 30, 20, LocalDate.parse("2026-12-12"));
        SourceCertificateExpired expired = new SourceCertificateExpired(SOURCE, Tier.MAGNET_MAKER, "IATF 16949", "IATF-0815",
                LocalDate.parse("2027-01-01"), 2, LocalDate.parse("2027-01-03"));
        fixture.given(REGISTERED, warned)
                .when(new RecordCertificateExpiry(SOURCE, "IATF-0815", LocalDate.parse("2026-12-31")))
                .expectNoEvents();
        fixture.given(REGISTERED, warned)
                .when(new RecordCertificateExpiry(SOURCE, "IATF-0815", LocalDate.parse("2027-01-03")))
                .expectEvents(expired);
        fixture.given(REGISTERED, warned, expired)
                .when(new RecordCertificateExpiry(SOURCE, "IATF-0815", LocalDate.parse("2027-01-04")))
                .expectNoEvents();
    }

    @Test
    void anExpiryNeverWarnedAboutOrRenewedUnderItsNumberIsNoNews() {
        fixture.given(REGISTERED)
                .when(new RecordCertificateExpiry(SOURCE, "IATF-0815", LocalDate.parse("2027-01-03")))
                .expectNoEvents();
        SourceCertificateExpiring warned = new SourceCertificateExpiring(SOURCE, Tier.MAGNET_MAKER, "IATF 16949", "IATF-0815",
                LocalDate.parse("2027-01-01"), 30, 20, LocalDate.parse("2026-12-12"));
        CertificateAdded renewed = new CertificateAdded(SOURCE, new Certificate("IATF 16949", "IATF-0815", "TUV",
                LocalDate.parse("2026-12-20"), LocalDate.parse("2030-01-01")));
        fixture.given(REGISTERED, warned, renewed)
                .when(new RecordCertificateExpiry(SOURCE, "IATF-0815", LocalDate.parse("2027-01-03")))
                .expectNoEvents();
    }
}
