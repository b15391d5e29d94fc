package org.specloop.query.sourcing;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.specloop.query.sourcing.SupplyWorld.*;

class RiskReadModelTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-02-01");
    private final SupplyWorld world = new SupplyWorld();
    private final RiskReadModel risk = new RiskReadModel(world.base);

    @Test
    void sources_rank_by_specs_they_alone_supply_then_by_lot_share() {
        world.lot("LOT-1", "PART-A", chain(CHAIN_A));
        world.lot("LOT-2", "PART-A", chain(CHAIN_A));
        world.lot("LOT-3", "PART-B", chain(CHAIN_B));

        SourceRiskView view = risk.risk(TODAY);

        SourceRiskView.SourceRisk first = view.sources().get(0);
        assertThat(first.singleSourceFor()).containsExactly("SPEC-A");
        assertThat(first.lotShareInTier()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(view.sources()).filteredOn(s -> s.sourceId().equals("SEP-B")).singleElement()
                .satisfies(s -> assertThat(s.singleSourceFor()).isEmpty());
        assertThat(view.sources()).filteredOn(s -> s.sourceId().equals("SEP-A")).singleElement()
                .satisfies(s -> assertThat(s.expiredCertificates()).containsExactly("RMI RMAP"));
    }

    @Test
    void single_sourced_tiers_are_listed_per_spec() {
        SourceRiskView view = risk.risk(TODAY);

        assertThat(view.singleSourcedTiers()).filteredOn(t -> t.specificationId().equals("SPEC-B"))
                .extracting(SourceRiskView.SingleSourcedTier::tier).doesNotContain("SEPARATOR").hasSize(5);
        assertThat(view.singleSourcedTiers()).filteredOn(t -> t.specificationId().equals("SPEC-A")).hasSize(6);
    }

    @Test
    void country_concentration_per_tier_is_the_hhi_of_lot_shares() {
        world.lot("LOT-1", "PART-A", chain(CHAIN_A));
        world.lot("LOT-2", "PART-A", chain(CHAIN_A));
        world.lot("LOT-3", "PART-B", chain(CHAIN_B));

        SourceRiskView.TierConcentration magnets = risk.risk(TODAY).countryConcentration().stream()
                .filter(t -> t.tier().equals("MAGNET_MAKER")).findFirst().orElseThrow();

        assertThat(magnets.countries()).extracting(SourceRiskView.CountryShare::country).containsExactly("DE", "JP");
        assertThat(magnets.hhi()).isCloseTo(Math.pow(200.0 / 3, 2) + Math.pow(100.0 / 3, 2), within(1e-6));
    }

    @Test
    void country_concentration_counts_the_registrys_country_of_a_registered_source() {
        world.lot("LOT-1", "PART-A", chain(CHAIN_A));
        world.lot("LOT-LIE", "PART-A", chain("MINE-A:AU", "CONC-A:AU", "SEP-A:CN", "METAL-A:VN", "ALLOY-A:EE", "MAG-A:DE"));

        SourceRiskView.TierConcentration separators = risk.risk(TODAY).countryConcentration().stream()
                .filter(t -> t.tier().equals("SEPARATOR")).findFirst().orElseThrow();

        assertThat(separators.countries()).extracting(SourceRiskView.CountryShare::country).containsExactly("MY");
        assertThat(separators.hhi()).isEqualTo(10000.0);
    }

    @Test
    void hhi_is_ten_thousand_for_one_supplier_and_falls_with_equal_ones() {
        assertThat(Concentration.hhi(List.of(5L))).isEqualTo(10000.0);
        assertThat(Concentration.hhi(List.of(3L, 3L, 3L, 3L))).isCloseTo(2500.0, within(1e-9));
        assertThat(Concentration.hhi(List.of())).isZero();
    }
}
