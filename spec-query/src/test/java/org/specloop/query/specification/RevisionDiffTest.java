package org.specloop.query.specification;

import org.junit.jupiter.api.Test;
import org.specloop.contracts.source.CustodyModel;
import org.specloop.contracts.source.Tier;
import org.specloop.contracts.specification.CharacteristicLimit;
import org.specloop.contracts.specification.CompositionRange;
import org.specloop.contracts.specification.CountryExclusion;
import org.specloop.contracts.specification.QualifiedSource;
import org.specloop.contracts.specification.RevisionContent;
import org.specloop.contracts.specification.SourcingRules;
import org.specloop.contracts.units.Characteristic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.specloop.query.Fixtures.content42SH;
import static org.specloop.query.specification.DiffEntry.Change.ADDED;
import static org.specloop.query.specification.DiffEntry.Change.CHANGED;
import static org.specloop.query.specification.DiffEntry.Change.REMOVED;

class RevisionDiffTest {
    private final RevisionContent base = content42SH(1592);

    @Test
    void identical_revisions_have_no_differences() {
        assertThat(RevisionDiff.between(base, content42SH(1592))).isEmpty();
    }

    @Test
    void a_tightened_limit_is_a_changed_field_with_its_unit() {
        assertThat(RevisionDiff.between(base, content42SH(1650)))
                .containsExactly(new DiffEntry("characteristics/HCJ@20degC/min", 1592.0, 1650.0, CHANGED, "kA/m"));
    }

    @Test
    void a_new_characteristic_shows_each_of_its_fields_as_added() {
        RevisionContent after = with(base, new CharacteristicLimit(Characteristic.HCJ, 800.0, null, 900.0, 150, "IEC 60404-5"));

        assertThat(RevisionDiff.between(base, after)).containsExactly(
                new DiffEntry("characteristics/HCJ@150degC/min", null, 800.0, ADDED, "kA/m"),
                new DiffEntry("characteristics/HCJ@150degC/target", null, 900.0, ADDED, "kA/m"),
                new DiffEntry("characteristics/HCJ@150degC/standard", null, "IEC 60404-5", ADDED, null));
    }

    @Test
    void a_dropped_characteristic_shows_its_fields_as_removed() {
        RevisionContent after = new RevisionContent(base.characteristics().subList(1, 2), base.composition(),
                base.sourcingRules(), base.maxWorkingTemperatureC());

        assertThat(RevisionDiff.between(base, after)).extracting(DiffEntry::path, DiffEntry::change).containsExactly(
                org.assertj.core.groups.Tuple.tuple("characteristics/BR@20degC/min", REMOVED),
                org.assertj.core.groups.Tuple.tuple("characteristics/BR@20degC/max", REMOVED),
                org.assertj.core.groups.Tuple.tuple("characteristics/BR@20degC/standard", REMOVED));
    }

    @Test
    void reordering_characteristics_is_no_change() {
        RevisionContent after = new RevisionContent(List.of(base.characteristics().get(1), base.characteristics().get(0)),
                base.composition(), base.sourcingRules(), base.maxWorkingTemperatureC());

        assertThat(RevisionDiff.between(base, after)).isEmpty();
    }

    @Test
    void a_composition_range_change_is_reported_in_weight_percent() {
        RevisionContent after = new RevisionContent(base.characteristics(), List.of(new CompositionRange("Dy", 2.0, 3.5)),
                base.sourcingRules(), base.maxWorkingTemperatureC());

        assertThat(RevisionDiff.between(base, after))
                .containsExactly(new DiffEntry("composition/Dy/max", 4.0, 3.5, CHANGED, "wt%"));
    }

    @Test
    void a_swapped_qualified_source_is_a_change_of_that_tier() {
        RevisionContent after = withRules(new SourcingRules(List.of(new QualifiedSource(Tier.MAGNET_MAKER, "MM-2")),
                base.sourcingRules().countryExclusions(), CustodyModel.SEGREGATED));

        assertThat(RevisionDiff.between(base, after)).containsExactly(
                new DiffEntry("sourcingRules/qualifiedSources/MAGNET_MAKER", List.of("MM-1"), List.of("MM-2"), CHANGED, null));
    }

    @Test
    void a_new_country_exclusion_is_added_with_its_date_and_rule() {
        List<CountryExclusion> exclusions = new ArrayList<>(base.sourcingRules().countryExclusions());
        exclusions.add(new CountryExclusion(Tier.SEPARATOR, "CN", LocalDate.parse("2027-01-01"), "DFARS 252.225-7052"));
        RevisionContent after = withRules(new SourcingRules(base.sourcingRules().qualifiedSources(), exclusions,
                CustodyModel.SEGREGATED));

        assertThat(RevisionDiff.between(base, after)).containsExactly(
                new DiffEntry("sourcingRules/countryExclusions/SEPARATOR/CN/effectiveFrom", null, "2027-01-01", ADDED, null),
                new DiffEntry("sourcingRules/countryExclusions/SEPARATOR/CN/ruleReference", null, "DFARS 252.225-7052", ADDED, null));
    }

    @Test
    void a_required_certificate_kind_is_added_with_its_rule() {
        RevisionContent after = withRules(new SourcingRules(base.sourcingRules().qualifiedSources(),
                base.sourcingRules().countryExclusions(), CustodyModel.SEGREGATED,
                List.of(new org.specloop.contracts.specification.RequiredCertificate(Tier.MAGNET_MAKER, "IATF 16949",
                        "OEM CSR 4.2"))));

        assertThat(RevisionDiff.between(base, after)).containsExactly(new DiffEntry(
                "sourcingRules/requiredCertificates/MAGNET_MAKER/IATF 16949", null, "OEM CSR 4.2", ADDED, null));
    }

    @Test
    void a_ppap_level_is_added_and_stating_the_default_first_article_is_no_change() {
        SourcingRules rules = base.sourcingRules();
        RevisionContent after = withRules(new SourcingRules(rules.qualifiedSources(), rules.countryExclusions(),
                rules.minimumCustodyModel(), rules.requiredCertificates(),
                new org.specloop.contracts.qualification.RequalificationRecords(true, 3)));

        assertThat(RevisionDiff.between(base, after)).containsExactly(new DiffEntry(
                "sourcingRules/requalification/ppapSubmissionLevel", null, 3, ADDED, null));
    }

    @Test
    void a_first_article_no_longer_required_is_a_change() {
        SourcingRules rules = base.sourcingRules();
        RevisionContent after = withRules(new SourcingRules(rules.qualifiedSources(), rules.countryExclusions(),
                rules.minimumCustodyModel(), rules.requiredCertificates(),
                new org.specloop.contracts.qualification.RequalificationRecords(false, null)));

        assertThat(RevisionDiff.between(base, after)).containsExactly(new DiffEntry(
                "sourcingRules/requalification/firstArticleRequired", true, false, CHANGED, null));
    }

    @Test
    void a_stricter_custody_model_is_a_change() {
        RevisionContent after = withRules(new SourcingRules(base.sourcingRules().qualifiedSources(),
                base.sourcingRules().countryExclusions(), CustodyModel.IDENTITY_PRESERVED));

        assertThat(RevisionDiff.between(base, after)).containsExactly(new DiffEntry("sourcingRules/minimumCustodyModel",
                "SEGREGATED", "IDENTITY_PRESERVED", CHANGED, null));
    }

    @Test
    void a_changed_maximum_working_temperature_is_in_degrees_celsius() {
        RevisionContent after = new RevisionContent(base.characteristics(), base.composition(), base.sourcingRules(), 180.0);

        assertThat(RevisionDiff.between(base, after))
                .containsExactly(new DiffEntry("maxWorkingTemperatureC", 150.0, 180.0, CHANGED, "degC"));
    }

    private static RevisionContent with(RevisionContent content, CharacteristicLimit extra) {
        List<CharacteristicLimit> limits = new ArrayList<>(content.characteristics());
        limits.add(extra);
        return new RevisionContent(limits, content.composition(), content.sourcingRules(), content.maxWorkingTemperatureC());
    }

    private RevisionContent withRules(SourcingRules rules) {
        return new RevisionContent(base.characteristics(), base.composition(), rules, base.maxWorkingTemperatureC());
    }
}
