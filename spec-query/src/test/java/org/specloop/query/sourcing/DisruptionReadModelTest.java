package org.specloop.query.sourcing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.specloop.query.sourcing.SupplyWorld.*;

class DisruptionReadModelTest {
    private final SupplyWorld world = new SupplyWorld();
    private final DisruptionReadModel disruptions = new DisruptionReadModel(world.base);

    private Disruption sourceGone(String sourceId) {
        return disruptions.analyse(new Disruption.Scenario(sourceId, null, null));
    }

    @Test
    void a_lost_single_source_is_a_single_point_of_failure_of_its_spec() {
        Disruption d = sourceGone("SEP-A");

        assertThat(d.specifications()).singleElement().satisfies(spec -> {
            assertThat(spec.specificationId()).isEqualTo("SPEC-A");
            assertThat(spec.partNumber()).isEqualTo("PART-A");
            assertThat(spec.tiers()).containsExactly(new Disruption.TierImpact("SEPARATOR", java.util.List.of("SEP-A"),
                    java.util.List.of(), true));
        });
        assertThat(d.singlePointsOfFailure()).containsExactly(new Disruption.SinglePoint("SPEC-A", "SEPARATOR"));
    }

    @Test
    void a_lost_source_with_a_qualified_alternate_names_the_alternate() {
        Disruption d = sourceGone("SEP-B");

        assertThat(d.specifications()).singleElement().satisfies(spec ->
                assertThat(spec.tiers()).containsExactly(new Disruption.TierImpact("SEPARATOR", java.util.List.of("SEP-B"),
                        java.util.List.of("SEP-C"), false)));
        assertThat(d.singlePointsOfFailure()).isEmpty();
    }

    @Test
    void lots_in_stock_and_motor_designs_made_with_the_lost_source_are_affected_but_not_rejected_lots() {
        world.lot("LOT-1", "PART-A", chain(CHAIN_A));
        world.lot("LOT-2", "PART-B", chain(CHAIN_B));
        world.lot("LOT-3", "PART-A", chain(CHAIN_A));
        world.rejected("LOT-3");
        world.motor("TM-120", "LOT-1", "LOT-2");
        world.motor("TM-90", "LOT-2");

        Disruption d = sourceGone("ALLOY-A");

        assertThat(d.lotsInStock()).containsExactly(new Disruption.AffectedLot("LOT-1", "PART-A", java.util.List.of("ALLOY_MAKER")));
        assertThat(d.motorDesigns()).containsExactly("TM-120");
        assertThat(d.parts()).containsExactly("PART-A");
    }

    @Test
    void a_country_at_a_tier_takes_out_every_source_there_by_registry_and_by_declaration() {
        world.lot("LOT-4", "PART-A", chain("MINE-A:AU", "CONC-A:AU", "SEP-X:MY", "METAL-A:VN", "ALLOY-A:EE", "MAG-A:DE"));

        Disruption d = disruptions.analyse(new Disruption.Scenario(null, "MY", "SEPARATOR"));

        assertThat(d.unavailableSources()).containsExactly("SEP-A", "SEP-C", "SEP-X");
        assertThat(d.specifications()).extracting(Disruption.AffectedSpecification::specificationId).containsExactly("SPEC-A", "SPEC-B");
        assertThat(d.singlePointsOfFailure()).containsExactly(new Disruption.SinglePoint("SPEC-A", "SEPARATOR"));
        assertThat(d.lotsInStock()).extracting(Disruption.AffectedLot::lotId).containsExactly("LOT-4");
    }

    @Test
    void a_country_without_a_tier_takes_out_the_whole_chain_there() {
        Disruption d = disruptions.analyse(new Disruption.Scenario(null, "JP", null));

        assertThat(d.unavailableSources()).containsExactly("ALLOY-B", "MAG-B", "METAL-B");
        assertThat(d.singlePointsOfFailure()).extracting(Disruption.SinglePoint::tier)
                .containsExactly("METAL_MAKER", "ALLOY_MAKER", "MAGNET_MAKER");
    }

    @Test
    void a_declared_country_that_contradicts_the_registry_does_not_move_the_source() {
        // SEP-A is registered in MY; a receipt declares it in CN, another names an unregistered CN separator
        world.lot("LOT-LIE", "PART-A", chain("MINE-A:AU", "CONC-A:AU", "SEP-A:CN", "METAL-A:VN", "ALLOY-A:EE", "MAG-A:DE"));
        world.lot("LOT-UNK", "PART-A", chain("MINE-A:AU", "CONC-A:AU", "SEP-CN-9:CN", "METAL-A:VN", "ALLOY-A:EE", "MAG-A:DE"));

        Disruption china = disruptions.analyse(new Disruption.Scenario(null, "CN", null));
        Disruption malaysia = disruptions.analyse(new Disruption.Scenario(null, "MY", "SEPARATOR"));

        assertThat(china.unavailableSources()).containsExactly("SEP-CN-9");
        assertThat(china.lotsInStock()).extracting(Disruption.AffectedLot::lotId).containsExactly("LOT-UNK");
        assertThat(malaysia.unavailableSources()).contains("SEP-A");
        assertThat(malaysia.lotsInStock()).extracting(Disruption.AffectedLot::lotId).contains("LOT-LIE");
    }
}
