package org.specloop.command.specification;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.specloop.command.axon.FirstComponentTargetResolver;
import org.specloop.contracts.common.SignatureMeaning;
import org.specloop.contracts.specification.RevisionApproved;
import org.specloop.contracts.specification.RevisionBecameEffective;
import org.specloop.contracts.specification.RevisionContent;
import org.specloop.contracts.specification.RevisionDrafted;
import org.specloop.contracts.specification.RevisionProposed;
import org.specloop.contracts.specification.SpecificationCreated;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.specloop.command.specification.SpecificationSamples.*;

/** Past events of a specification, so each test states only the history it depends on. */
final class SpecificationHistory {
    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final Instant EARLIER = Instant.parse("2026-01-01T00:00:00Z");

    private SpecificationHistory() {
    }

    static FixtureConfiguration<Specification> fixture() {
        FixtureConfiguration<Specification> fixture = new AggregateTestFixture<>(Specification.class);
        fixture.registerCommandTargetResolver(new FirstComponentTargetResolver());
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        return fixture;
    }

    static SpecificationCreated created() {
        return new SpecificationCreated(SPEC, PART, GRADE, "42SH rotor magnet", "alice");
    }

    static RevisionDrafted drafted(int revision, RevisionContent content) {
        return new RevisionDrafted(SPEC, PART, revision, content, "reason " + revision, "alice");
    }

    static RevisionProposed proposed(int revision) {
        return new RevisionProposed(SPEC, revision, "alice", EARLIER);
    }

    static RevisionApproved approved(int revision, Instant effectiveFrom) {
        return new RevisionApproved(SPEC, revision, "bob", "meets the motor requirement", SignatureMeaning.APPROVED,
                EARLIER, effectiveFrom);
    }

    static RevisionBecameEffective effective(int revision, Instant from, Integer superseded, RevisionContent content) {
        return new RevisionBecameEffective(SPEC, PART, GRADE, revision, from, superseded, content);
    }

    /** Revision 1 with {@link SpecificationSamples#content()} effective since EARLIER. */
    static Object[] revisionOneEffective() {
        return new Object[]{created(), drafted(1, content()), proposed(1), approved(1, EARLIER),
                effective(1, EARLIER, null, content())};
    }

    /** Revision 1 effective, revision 2 ({@link SpecificationSamples#tightened()}) proposed by alice. */
    static Object[] revisionTwoProposed() {
        return new Object[]{created(), drafted(1, content()), proposed(1), approved(1, EARLIER),
                effective(1, EARLIER, null, content()), drafted(2, tightened()), proposed(2)};
    }
}
