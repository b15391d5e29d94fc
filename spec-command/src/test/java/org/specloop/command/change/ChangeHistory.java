package org.specloop.command.change;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.specloop.command.axon.FirstComponentTargetResolver;
import org.specloop.contracts.change.ChangeEvidenceCompleted;
import org.specloop.contracts.change.ChangeEvidenceRecorded;
import org.specloop.contracts.change.ChangeTrigger;
import org.specloop.contracts.change.EngineeringChangePlanned;
import org.specloop.contracts.change.EngineeringChangeRaised;
import org.specloop.contracts.change.PlanItem;
import org.specloop.contracts.change.SourceSwap;
import org.specloop.contracts.source.Tier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Past events of an engineering change raised by the loop for a separator swap. */
final class ChangeHistory {
    static final String CHANGE = "EC-1";
    static final String RAISER = "loop:chain-check";
    static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    static final Instant EARLIER = Instant.parse("2026-02-01T00:00:00Z");
    static final List<PlanItem> PLAN = List.of(
            new PlanItem("fai", "first-article measurements", "measurement", 2),
            new PlanItem("rig", "motor back-EMF run", "motor-result", 1));
    static final LocalDate DUE = LocalDate.of(2026, 4, 30);

    private ChangeHistory() {
    }

    static FixtureConfiguration<EngineeringChange> fixture() {
        FixtureConfiguration<EngineeringChange> fixture = new AggregateTestFixture<>(EngineeringChange.class);
        fixture.registerCommandTargetResolver(new FirstComponentTargetResolver());
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        return fixture;
    }

    static EngineeringChangeRaised raised(String raisedBy) {
        return new EngineeringChangeRaised(CHANGE, ChangeTrigger.SOURCE_CHANGE, "Separator swap", "SEP-1 replaced by SEP-2",
                "SPEC-MAG-4711_42SH", List.of(new SourceSwap(Tier.SEPARATOR, "SEP-1", "SEP-2")), List.of("LOT-1"),
                raisedBy, EARLIER);
    }

    static EngineeringChangeRaised raised() {
        return raised(RAISER);
    }

    static EngineeringChangePlanned planned() {
        return new EngineeringChangePlanned(CHANGE, PLAN, DUE, "alice");
    }

    static ChangeEvidenceRecorded evidence(String item, String reference, int received, int required) {
        return new ChangeEvidenceRecorded(CHANGE, item, reference, received, required, "lab:hh");
    }

    static Object[] evidenceComplete() {
        return new Object[]{raised(), planned(), evidence("fai", "MEAS-1", 1, 2), evidence("fai", "MEAS-2", 2, 2),
                evidence("rig", "RUN-7", 1, 1), new ChangeEvidenceCompleted(CHANGE, EARLIER)};
    }
}
