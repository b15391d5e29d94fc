package org.specloop.contracts.lot;

import com.fasterxml.jackson.databind.ObjectMapper;
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

    @Test
    void theWeakestLinkDecidesTheLotsCustodyAndLinksWithoutOneTakeTheChainsModel() {
        DeclaredChain chain = new DeclaredChain(List.of(
                new ChainLink(Tier.SEPARATOR, "SEP-1", "MY", CustodyModel.MASS_BALANCE),
                new ChainLink(Tier.ALLOY_MAKER, "AL-1", "EE"),
                new ChainLink(Tier.MAGNET_MAKER, "MM-1", "DE", CustodyModel.IDENTITY_PRESERVED)), CustodyModel.SEGREGATED);

        assertThat(chain.custodyOf(chain.at(Tier.ALLOY_MAKER).orElseThrow())).isEqualTo(CustodyModel.SEGREGATED);
        assertThat(chain.effectiveCustodyModel()).isEqualTo(CustodyModel.MASS_BALANCE);
    }

    @Test
    void aLinkWithNoModelAndNoChainDefaultLeavesTheLotUndeclared() {
        DeclaredChain chain = new DeclaredChain(List.of(
                new ChainLink(Tier.SEPARATOR, "SEP-1", "MY", CustodyModel.IDENTITY_PRESERVED),
                new ChainLink(Tier.MAGNET_MAKER, "MM-1", "DE")), null);

        assertThat(chain.effectiveCustodyModel()).isNull();
        assertThat(new DeclaredChain(List.of(), CustodyModel.SEGREGATED).effectiveCustodyModel())
                .isEqualTo(CustodyModel.SEGREGATED);
        assertThat(new DeclaredChain(List.of(new ChainLink(Tier.MINE, "M-1", "AU")), CustodyModel.SEGREGATED)
                .effectiveCustodyModel()).isEqualTo(CustodyModel.SEGREGATED);
    }

    @Test
    void storedChainsWithoutLinkModelsStillReadAndTheEffectiveModelIsNotStored() throws Exception {
        ObjectMapper json = new ObjectMapper();
        DeclaredChain old = json.readValue("{\"links\":[{\"tier\":\"MINE\",\"sourceId\":\"M-1\",\"country\":\"AU\"}],"
                + "\"custodyModel\":\"SEGREGATED\"}", DeclaredChain.class);
        assertThat(old.links().get(0).custodyModel()).isNull();
        assertThat(old.effectiveCustodyModel()).isEqualTo(CustodyModel.SEGREGATED);

        String written = json.writeValueAsString(new DeclaredChain(List.of(
                new ChainLink(Tier.MINE, "M-1", "AU", CustodyModel.MASS_BALANCE)), CustodyModel.SEGREGATED));
        assertThat(written).contains("\"custodyModel\":\"MASS_BALANCE\"").doesNotContain("effective");
        assertThat(json.readValue(written, DeclaredChain.class).links().get(0).custodyModel())
                .isEqualTo(CustodyModel.MASS_BALANCE);
    }
}
