package org.specloop.contracts.lot;

import org.junit.jupiter.api.Test;
import org.specloop.contracts.source.CustodyModel;
import org.specloop.contracts.source.Tier;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeclaredChainTest {

    @Test
    void namesTheTiersAChainLeavesUndeclared() {
        DeclaredChain chain = new DeclaredChain(List.of(
                new ChainLink(Tier.MAGNET_MAKER, "MM-1", "DE"),
                new ChainLink(Tier.ALLOY_MAKER, "AL-1", "EE")), CustodyModel.SEGREGATED);

        assertThat(chain.missingTiers())
                .containsExactly(Tier.MINE, Tier.CONCENTRATOR, Tier.SEPARATOR, Tier.METAL_MAKER);
        assertThat(chain.at(Tier.ALLOY_MAKER)).map(ChainLink::sourceId).contains("AL-1");
    }

    @Test
    void strongerCustodyModelsSatisfyWeakerMinimums() {
        assertThat(CustodyModel.IDENTITY_PRESERVED.satisfies(CustodyModel.SEGREGATED)).isTrue();
        assertThat(CustodyModel.MASS_BALANCE.satisfies(CustodyModel.SEGREGATED)).isFalse();
        assertThat(CustodyModel.MASS_BALANCE.satisfies(null)).isTrue();
    }
}
