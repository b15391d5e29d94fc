package org.specloop.query.sourcing;

import org.junit.jupiter.api.Test;
import org.specloop.contracts.change.ChangeTrigger;
import org.specloop.contracts.change.EngineeringChangeRaised;
import org.specloop.contracts.change.EngineeringChangeRejected;
import org.specloop.contracts.change.SourceSwap;
import org.specloop.contracts.source.Tier;
import org.specloop.contracts.sourcing.SourceQualified;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.specloop.query.Fixtures.at;

class SourcingQualificationTest {
    private final SupplyWorld world = new SupplyWorld();
    private final QualificationReadModel qualifications = new QualificationReadModel(world.db.jdbc);
    private final DisruptionReadModel disruptions = new DisruptionReadModel(world.base);

    private void raised(String changeId) {
        world.projection.on(new EngineeringChangeRaised(changeId, ChangeTrigger.SOURCE_CHANGE, "swap", null, "SPEC-A",
                List.of(new SourceSwap(Tier.ALLOY_MAKER, "ALLOY-A", "ALLOY-B")), List.of("LOT-2"), "system:sourcing-check", at(500)));
    }

    private QualificationReadModel.QualificationView alloyB() {
        return qualifications.of("SPEC-A", null).stream().filter(q -> q.sourceId().equals("ALLOY-B")).findFirst().orElseThrow();
    }

    @Test
    void the_revision_qualifies_its_chain_tier_by_tier() {
        assertThat(qualifications.of("SPEC-A", null)).hasSize(6)
                .allSatisfy(q -> assertThat(q.status()).isEqualTo("QUALIFIED"))
                .allSatisfy(q -> assertThat(q.basis()).isEqualTo("revision 1"));
    }

    @Test
    void a_source_change_puts_the_new_source_in_requalification() {
        raised("EC-1");

        assertThat(alloyB()).isEqualTo(new QualificationReadModel.QualificationView("SPEC-A", "ALLOY_MAKER", "ALLOY-B",
                "IN_REQUALIFICATION", "change EC-1", "EC-1"));
    }

    @Test
    void an_approved_change_qualifies_the_source_which_then_is_an_alternate() {
        raised("EC-1");
        world.projection.on(new SourceQualified("QUAL-SPEC-A", "SPEC-A", Tier.ALLOY_MAKER, "ALLOY-B", "EC-1", "qe.bob", at(600)));

        assertThat(alloyB().status()).isEqualTo("QUALIFIED");
        assertThat(alloyB().basis()).isEqualTo("change EC-1");
        assertThat(disruptions.analyse(new Disruption.Scenario("ALLOY-A", null, null)).singlePointsOfFailure()).isEmpty();
    }

    @Test
    void a_rejected_change_leaves_the_source_rejected() {
        raised("EC-1");
        world.projection.on(new EngineeringChangeRejected("EC-1", "qe.bob", "HcJ low", at(600)));

        assertThat(alloyB().status()).isEqualTo("REJECTED");
    }

    @Test
    void a_new_revision_keeps_qualifications_by_changes() {
        world.projection.on(new SourceQualified("QUAL-SPEC-A", "SPEC-A", Tier.ALLOY_MAKER, "ALLOY-B", "EC-1", "qe.bob", at(600)));

        world.effective("SPEC-A", "PART-A", SupplyWorld.qualified(SupplyWorld.CHAIN_A));

        assertThat(qualifications.of("SPEC-A", null)).hasSize(7);
    }
}
