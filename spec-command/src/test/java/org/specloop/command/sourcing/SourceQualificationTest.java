package org.specloop.command.sourcing;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.specloop.command.axon.FirstComponentTargetResolver;
import org.specloop.contracts.source.Tier;
import org.specloop.contracts.sourcing.NoteRegistryChange;
import org.specloop.contracts.sourcing.QualifySource;
import org.specloop.contracts.sourcing.RegistryChangeKind;
import org.specloop.contracts.sourcing.RegistryChangeNoted;
import org.specloop.contracts.sourcing.SourceQualified;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.specloop.command.specification.Violations.violation;

class SourceQualificationTest {
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final String SPEC = "SPEC-42SH";
    private static final String QUAL = QualifySource.qualificationIdOf(SPEC);
    private final FixtureConfiguration<SourceQualification> fixture = fixture();

    private static FixtureConfiguration<SourceQualification> fixture() {
        FixtureConfiguration<SourceQualification> fixture = new AggregateTestFixture<>(SourceQualification.class);
        fixture.registerCommandTargetResolver(new FirstComponentTargetResolver());
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        return fixture;
    }

    @Test
    void theFirstQualificationOfASpecCreatesItsRecord() {
        fixture.givenNoPriorActivity()
                .when(new QualifySource(QUAL, SPEC, Tier.ALLOY_MAKER, "ALLOY-B", "EC-1", "qe.bob"))
                .expectEvents(new SourceQualified(QUAL, SPEC, Tier.ALLOY_MAKER, "ALLOY-B", "EC-1", "qe.bob", NOW));
    }

    @Test
    void anotherSourceAddsToTheRecord() {
        fixture.given(new SourceQualified(QUAL, SPEC, Tier.ALLOY_MAKER, "ALLOY-B", "EC-1", "qe.bob", NOW))
                .when(new QualifySource(QUAL, SPEC, Tier.SEPARATOR, "SEP-B", "EC-2", "qe.bob"))
                .expectEvents(new SourceQualified(QUAL, SPEC, Tier.SEPARATOR, "SEP-B", "EC-2", "qe.bob", NOW));
    }

    @Test
    void qualifyingTheSameSourceAgainIsNoNews() {
        fixture.given(new SourceQualified(QUAL, SPEC, Tier.ALLOY_MAKER, "ALLOY-B", "EC-1", "qe.bob", NOW))
                .when(new QualifySource(QUAL, SPEC, Tier.ALLOY_MAKER, "ALLOY-B", "EC-1", "qe.bob"))
                .expectNoEvents();
    }

    @Test
    void aRegistryChangeIsNotedOnTheSpecsRecordOnce() {
        NoteRegistryChange note = new NoteRegistryChange(QUAL, SPEC, "SEP-A", RegistryChangeKind.RELOCATED, 412, 3, "MY",
                "VN", "plant moved");
        RegistryChangeNoted noted = new RegistryChangeNoted(QUAL, SPEC, "SEP-A", RegistryChangeKind.RELOCATED, 412, 3, "MY",
                "VN", "plant moved", NOW);
        fixture.givenNoPriorActivity().when(note).expectEvents(noted);
        // the registry's sequence retried its batch: the same event of the source is no news
        fixture.given(noted).when(note).expectNoEvents();
        fixture.given(noted).when(new NoteRegistryChange(QUAL, SPEC, "SEP-A", RegistryChangeKind.RELOCATED, 530, 4, "VN",
                "TH", "moved again")).expectEvents(new RegistryChangeNoted(QUAL, SPEC, "SEP-A", RegistryChangeKind.RELOCATED,
                530, 4, "VN", "TH", "moved again", NOW));
        fixture.givenNoPriorActivity().when(new NoteRegistryChange(QUAL, "SPEC-OTHER", "SEP-A", RegistryChangeKind.REGISTERED,
                1, 0, null, "MY", null)).expectException(violation("qualification-id-mismatch"));
    }

    @Test
    void theRecordOfOneSpecCannotQualifyForAnother() {
        fixture.givenNoPriorActivity()
                .when(new QualifySource(QUAL, "SPEC-OTHER", Tier.ALLOY_MAKER, "ALLOY-B", "EC-1", "qe.bob"))
                .expectException(violation("qualification-id-mismatch"));
    }

    @Test
    void aQualificationNamesTheChangeThatJustifiesIt() {
        fixture.givenNoPriorActivity()
                .when(new QualifySource(QUAL, SPEC, Tier.ALLOY_MAKER, "ALLOY-B", null, "qe.bob"))
                .expectException(violation("required-field"));
    }
}
