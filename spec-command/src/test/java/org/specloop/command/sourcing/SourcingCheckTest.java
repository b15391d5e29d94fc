package org.specloop.command.sourcing;

import org.junit.jupiter.api.Test;
import org.specloop.contracts.change.SourceSwap;
import org.specloop.contracts.lot.DeclaredChain;
import org.specloop.contracts.source.CustodyModel;
import org.specloop.contracts.source.Tier;
import org.specloop.contracts.specification.QualifiedSource;
import org.specloop.contracts.specification.SourcingRules;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.specloop.command.sourcing.Chains.*;

class SourcingCheckTest {
    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    private final SourcingRules rules = dfarsRules(chainA(), CustodyModel.SEGREGATED);

    /** The registry agreeing with every declaration: the rule tests judge the rules alone. */
    private SourcingFindings check(DeclaredChain chain, LocalDate receivedOn, QualifiedSource... byChanges) {
        return check(chain, asDeclared(chain), receivedOn, byChanges);
    }

    private SourcingFindings check(DeclaredChain chain, SourceRegistry registry, LocalDate receivedOn,
                                   QualifiedSource... byChanges) {
        return SourcingCheck.check(chain, rules, new QualifiedChain(rules.qualifiedSources(), List.of(byChanges)), registry,
                receivedOn);
    }

    private static SourceRegistry asDeclared(DeclaredChain chain) {
        return SourceRegistry.of(chain.links().stream().map(l -> new RegisteredSource(l.sourceId(), l.tier(), l.country())).toList());
    }

    /** Chain A as registered: SEP-A in MY, and so on. */
    private static SourceRegistry registryOfChainA() {
        return asDeclared(chainA());
    }

    @Test
    void theQualifiedChainWithinTheRulesHasNoFindings() {
        SourcingFindings findings = check(chainA(), DAY);

        assertThat(findings.sourceChanged()).isFalse();
        assertThat(findings.ruleBroken()).isFalse();
    }

    @Test
    void aDifferentAlloyMakerIsASwapFromTheQualifiedOne() {
        SourcingFindings findings = check(chainAWithAlloy("ALLOY-B", "JP"), DAY);

        assertThat(findings.swaps()).containsExactly(new SourceSwap(Tier.ALLOY_MAKER, "ALLOY-A", "ALLOY-B"));
        assertThat(findings.chainKey()).isEqualTo("ALLOY_MAKER=ALLOY-B");
    }

    @Test
    void aSourceQualifiedByAnApprovedChangeIsNoSwap() {
        SourcingFindings findings = check(chainAWithAlloy("ALLOY-B", "JP"), DAY, new QualifiedSource(Tier.ALLOY_MAKER, "ALLOY-B"));

        assertThat(findings.sourceChanged()).isFalse();
    }

    @Test
    void aChinaSeparatorIsAllowedOnTheLastDayOf2026() {
        SourcingFindings findings = check(chainAWithSeparator("SEP-A", "CN"), LocalDate.of(2026, 12, 31));

        assertThat(findings.ruleBroken()).isFalse();
    }

    @Test
    void aChinaSeparatorIsExcludedFromTheFirstDayOf2027CitingTheRule() {
        SourcingFindings findings = check(chainAWithSeparator("SEP-A", "CN"), DFARS_WIDENS);

        assertThat(findings.breaches()).singleElement().satisfies(breach -> {
            assertThat(breach.rule()).isEqualTo("DFARS 252.225-7052(b)(2)");
            assertThat(breach.message()).contains("SEPARATOR source SEP-A is in CN", "from 2027-01-01");
        });
    }

    @Test
    void aChinaAlloyMakerIsExcludedAlready() {
        SourcingFindings findings = check(chainAWithAlloy("ALLOY-A", "CN"), DAY);

        assertThat(findings.breaches()).extracting(RuleBreach::rule).containsExactly("DFARS 252.225-7052(b)(1)");
    }

    @Test
    void aWeakerCustodyModelThanTheMinimumIsABreach() {
        DeclaredChain massBalance = new DeclaredChain(chainA().links(), CustodyModel.MASS_BALANCE);

        assertThat(check(massBalance, DAY).breaches()).singleElement()
                .satisfies(b -> assertThat(b.message()).contains("MASS_BALANCE is weaker than the required SEGREGATED"));
    }

    @Test
    void aStrongerCustodyModelThanTheMinimumIsFine() {
        DeclaredChain identity = new DeclaredChain(chainA().links(), CustodyModel.IDENTITY_PRESERVED);

        assertThat(check(identity, DAY).ruleBroken()).isFalse();
    }

    @Test
    void aChainWithMissingTiersIsAFindingNamingThem() {
        DeclaredChain partial = new DeclaredChain(chainA().links().subList(4, 6), CustodyModel.SEGREGATED);

        assertThat(check(partial, DAY).breaches()).singleElement().satisfies(b -> {
            assertThat(b.rule()).isEqualTo(RuleBreach.INCOMPLETE_CHAIN);
            assertThat(b.message()).contains("[MINE, CONCENTRATOR, SEPARATOR, METAL_MAKER]");
        });
    }

    @Test
    void aSpecWithoutSourcingRulesDemandsNothing() {
        DeclaredChain partial = new DeclaredChain(chainA().links().subList(5, 6), null);

        SourcingFindings findings = SourcingCheck.check(partial, SourcingRules.none(),
                new QualifiedChain(List.of(), List.of()), id -> java.util.Optional.empty(), DAY);

        assertThat(findings.ruleBroken()).isFalse();
        assertThat(findings.sourceChanged()).isFalse();
        assertThat(findings.registryContradicted()).as("no sourcing demand, no registry hold").isFalse();
    }

    @Test
    void anUnregisteredSourceIsAContradictionNamingTheTier() {
        SourcingFindings findings = check(chainAWithSeparator("SEP-CN-9", "CN"), registryOfChainA(), DAY);

        assertThat(findings.contradictions()).singleElement().satisfies(c -> {
            assertThat(c.rule()).isEqualTo(RegistryCheck.RULE);
            assertThat(c.message()).isEqualTo("separator SEP-CN-9 is not registered");
        });
        assertThat(findings.ruleBroken()).as("registry facts are kept apart from the spec's rules").isFalse();
        assertThat(findings.registryContradicted()).isTrue();
        // the unknown source is still a swap from the qualified separator: the change process starts as well
        assertThat(findings.swaps()).containsExactly(new SourceSwap(Tier.SEPARATOR, "SEP-A", "SEP-CN-9"));
    }

    @Test
    void aCountryContradictingTheRegistryNamesTheRegistrysFactAndIsNotCorrected() {
        DeclaredChain lie = chainAWithSeparator("SEP-A", "CN");

        SourcingFindings findings = check(lie, registryOfChainA(), DAY);

        assertThat(findings.contradictionText()).isEqualTo("separator SEP-A is registered in MY, the receipt declares CN");
        assertThat(lie.at(Tier.SEPARATOR).orElseThrow().country()).isEqualTo("CN");
    }

    @Test
    void aSourceDeclaredAtAnotherTierThanItsRegisteredOneIsAContradiction() {
        DeclaredChain chain = chain(CustodyModel.SEGREGATED, "MINE-A:AU", "CONC-A:AU", "ALLOY-A:EE", "METAL-A:VN", "ALLOY-A:EE",
                "MAG-A:DE");

        assertThat(check(chain, registryOfChainA(), DAY).contradictionText())
                .isEqualTo("separator ALLOY-A is registered as alloy maker, the receipt declares it at separator");
    }

    @Test
    void countryExclusionsJudgeTheRegistrysCountryNotTheDeclaredOne() {
        // SEP-A registered in CN, declared in MY: the declaration cannot dodge DFARS from 2027
        SourceRegistry sepInChina = asDeclared(chainAWithSeparator("SEP-A", "CN"));

        SourcingFindings findings = check(chainA(), sepInChina, DFARS_WIDENS);

        assertThat(findings.breaches()).singleElement().satisfies(b -> {
            assertThat(b.rule()).isEqualTo("DFARS 252.225-7052(b)(2)");
            assertThat(b.message()).contains("SEPARATOR source SEP-A is in CN");
        });
        assertThat(findings.contradictionText()).isEqualTo("separator SEP-A is registered in CN, the receipt declares MY");
    }

    @Test
    void theWeakestLinksCustodyModelIsJudgedAgainstTheMinimumAndNamed() {
        List<org.specloop.contracts.lot.ChainLink> links = new java.util.ArrayList<>(chainA().links());
        org.specloop.contracts.lot.ChainLink separator = links.get(2);
        links.set(2, new org.specloop.contracts.lot.ChainLink(separator.tier(), separator.sourceId(), separator.country(),
                CustodyModel.MASS_BALANCE));
        DeclaredChain chain = new DeclaredChain(links, CustodyModel.IDENTITY_PRESERVED);

        assertThat(check(chain, DAY).breaches()).singleElement().satisfies(b -> {
            assertThat(b.rule()).isEqualTo(RuleBreach.MINIMUM_CUSTODY);
            assertThat(b.message()).contains("MASS_BALANCE (weakest link: SEPARATOR SEP-A) is weaker than the required SEGREGATED");
        });
    }

    @Test
    void linksStrongerThanTheMinimumPassEvenWhenTheChainsDefaultIsWeaker() {
        List<org.specloop.contracts.lot.ChainLink> links = chainA().links().stream()
                .map(l -> new org.specloop.contracts.lot.ChainLink(l.tier(), l.sourceId(), l.country(), CustodyModel.SEGREGATED))
                .toList();

        assertThat(check(new DeclaredChain(links, CustodyModel.BOOK_AND_CLAIM), DAY).ruleBroken()).isFalse();
    }

    @Test
    void aLotReceivedBeforeAnExclusionIsCoveredWhenJudgedOnOrAfterItsDate() {
        DeclaredChain chinese = chainAWithSeparator("SEP-CN", "CN");
        QualifiedChain qualified = new QualifiedChain(rules.qualifiedSources(), List.of(new QualifiedSource(Tier.SEPARATOR, "SEP-CN")));
        LocalDate received = DFARS_WIDENS.minusDays(1);

        SourcingFindings onReceipt = SourcingCheck.check(chinese, rules, qualified, asDeclared(chinese), received, List.of(), received);
        SourcingFindings nextDay = SourcingCheck.check(chinese, rules, qualified, asDeclared(chinese), received, List.of(),
                DFARS_WIDENS);

        assertThat(onReceipt.ruleBroken()).isFalse();
        assertThat(nextDay.datedRuleBroken()).isTrue();
        assertThat(nextDay.breachText()).isEqualTo("DFARS 252.225-7052(b)(2): SEPARATOR source SEP-CN is in CN, excluded at"
                + " SEPARATOR from 2027-01-01; lot received 2026-12-31, not released on 2027-01-01");
    }

    @Test
    void undatedRulesAreNotDatedBreaches() {
        SourcingFindings findings = check(chain(CustodyModel.MASS_BALANCE, "MINE-A:AU", "CONC-A:AU", "SEP-A:MY", "METAL-A:VN",
                "ALLOY-A:EE", "MAG-A:DE"), DAY);

        assertThat(findings.ruleBroken()).isTrue();
        assertThat(findings.datedRuleBroken()).isFalse();
    }
}
