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

    private SourcingFindings check(DeclaredChain chain, LocalDate receivedOn, QualifiedSource... byChanges) {
        return SourcingCheck.check(chain, rules, new QualifiedChain(rules.qualifiedSources(), List.of(byChanges)), receivedOn);
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
                new QualifiedChain(List.of(), List.of()), DAY);

        assertThat(findings.ruleBroken()).isFalse();
        assertThat(findings.sourceChanged()).isFalse();
    }
}
