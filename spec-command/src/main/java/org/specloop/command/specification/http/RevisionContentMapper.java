package org.specloop.command.specification.http;

import org.specloop.contracts.common.ListLimits;
import org.specloop.contracts.common.TextLimits;
import org.specloop.command.kernel.QuantityInput;
import org.specloop.command.kernel.FieldErrors;
import org.specloop.command.specification.RevisionContentRules;
import org.specloop.contracts.source.CustodyModel;
import org.specloop.contracts.source.Tier;
import org.specloop.contracts.specification.CharacteristicLimit;
import org.specloop.contracts.specification.CompositionRange;
import org.specloop.contracts.specification.CountryExclusion;
import org.specloop.contracts.specification.QualifiedSource;
import org.specloop.contracts.specification.RevisionContent;
import org.specloop.contracts.specification.RequiredCertificate;
import org.specloop.contracts.qualification.PpapElement;
import org.specloop.contracts.qualification.RequalificationRecords;
import org.specloop.contracts.specification.SourcingRules;
import org.specloop.contracts.units.Characteristic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * Turns request content into canonical-unit RevisionContent, recording every problem against its
 * JSON path; the domain consistency rules are reported here too, as 400s, once the values are readable.
 */
final class RevisionContentMapper {
    /** IEC 60404-8-1 tabulates properties at 20 degC, so that is the test temperature when none is given. */
    static final double DEFAULT_TEST_TEMPERATURE_C = 20.0;

    private RevisionContentMapper() {
    }

    static RevisionContent map(RevisionContentInput input, FieldErrors errors) {
        List<CharacteristicLimit> limits = each(input.characteristics(), "characteristics",
                ListLimits.CHARACTERISTIC_LIMITS, errors,
                (limit, path) -> limit(limit, path, errors));
        List<CompositionRange> composition = each(input.composition(), "composition", ListLimits.COMPOSITION, errors,
                (c, path) -> new CompositionRange(errors.require(path + ".element", c.element(), TextLimits.ELEMENT), c.min(), c.max()));
        SourcingRules sourcing = sourcing(input.sourcingRules(), errors);
        QuantityInput maxTemperature = input.maxWorkingTemperature();
        Double maxTemperatureC = maxTemperature == null ? null
                : errors.temperature("maxWorkingTemperature", maxTemperature.value(), maxTemperature.unit());
        RevisionContent content = new RevisionContent(limits, composition, sourcing, maxTemperatureC);
        if (errors.isEmpty()) {
            RevisionContentRules.problems(content).forEach(p -> errors.reject(p.path(), p.message()));
        }
        return content;
    }

    private static CharacteristicLimit limit(RevisionContentInput.Limit input, String path, FieldErrors errors) {
        Characteristic characteristic = characteristic(input.characteristic(), path + ".characteristic", errors);
        errors.clean(path + ".standard", input.standard(), TextLimits.LABEL);
        QuantityInput temperature = input.testTemperature();
        Double temperatureC = temperature == null ? Double.valueOf(DEFAULT_TEST_TEMPERATURE_C)
                : errors.temperature(path + ".testTemperature", temperature.value(), temperature.unit());
        if (characteristic == null) {
            return null;
        }
        // every value is checked even when the temperature is wrong, so the client sees all problems at once
        Double min = value(input.min(), path + ".min", characteristic, errors);
        Double max = value(input.max(), path + ".max", characteristic, errors);
        Double target = value(input.target(), path + ".target", characteristic, errors);
        return temperatureC == null ? null
                : new CharacteristicLimit(characteristic, min, max, target, temperatureC, input.standard());
    }

    private static Characteristic characteristic(String text, String path, FieldErrors errors) {
        if (errors.require(path, text, TextLimits.CHARACTERISTIC) == null || text.length() > TextLimits.CHARACTERISTIC) {
            return null;
        }
        return Characteristic.parse(text).orElseGet(() -> {
            errors.reject(path, "'" + text + "' is not a known characteristic; known: "
                    + Arrays.stream(Characteristic.values()).map(Characteristic::symbol).toList());
            return null;
        });
    }

    private static Double value(QuantityInput quantity, String path, Characteristic characteristic, FieldErrors errors) {
        if (quantity == null) {
            return null;
        }
        errors.require(path + ".value", quantity.value());
        if (!errors.atMost(path + ".unit", quantity.unit(), TextLimits.UNIT)) {
            return null;
        }
        return errors.quantity(path, characteristic, quantity.value(), quantity.unit());
    }

    private static SourcingRules sourcing(RevisionContentInput.Sourcing input, FieldErrors errors) {
        if (input == null) {
            return SourcingRules.none();
        }
        List<QualifiedSource> qualified = each(input.qualifiedSources(), "sourcingRules.qualifiedSources",
                ListLimits.QUALIFIED_SOURCES, errors,
                (q, path) -> new QualifiedSource(errors.enumValue(path + ".tier", Tier.class, q.tier()),
                        errors.require(path + ".sourceId", q.sourceId(), TextLimits.ID)));
        List<CountryExclusion> exclusions = each(input.countryExclusions(), "sourcingRules.countryExclusions",
                ListLimits.COUNTRY_EXCLUSIONS, errors,
                (x, path) -> new CountryExclusion(errors.enumValue(path + ".tier", Tier.class, x.tier()),
                        country(errors.require(path + ".country", x.country(), TextLimits.CODE)),
                        errors.require(path + ".effectiveFrom", x.effectiveFrom()),
                        errors.clean(path + ".rule", x.rule(), TextLimits.LABEL)));
        CustodyModel custody = input.minimumCustodyModel() == null ? null
                : errors.enumValue("sourcingRules.minimumCustodyModel", CustodyModel.class, input.minimumCustodyModel());
        List<RequiredCertificate> certificates = each(input.requiredCertificates(), "sourcingRules.requiredCertificates",
                ListLimits.REQUIRED_CERTIFICATES, errors,
                (r, path) -> new RequiredCertificate(errors.enumValue(path + ".tier", Tier.class, r.tier()),
                        errors.require(path + ".kind", r.kind(), TextLimits.LABEL),
                        errors.clean(path + ".rule", r.rule(), TextLimits.LABEL)));
        RequalificationRecords records = null;
        if (input.requalification() != null) {
            Integer level = input.requalification().ppapSubmissionLevel();
            errors.check(level == null || (level >= PpapElement.LOWEST_LEVEL && level <= PpapElement.HIGHEST_LEVEL),
                    "sourcingRules.requalification.ppapSubmissionLevel", "must be 1 to 5 (AIAG PPAP submission levels)");
            records = new RequalificationRecords(input.requalification().firstArticleRequired(), level);
        }
        return new SourcingRules(qualified, exclusions, custody, certificates, records);
    }

    private static String country(String code) {
        return code == null ? null : code.trim().toUpperCase(Locale.ROOT);
    }

    /**
     * Maps each element with its JSON path; a missing element is an error, a missing list is empty, a list
     * longer than maxItems (ListLimits) is one error and its elements are not looked at.
     * Elements that could not be mapped are left out: the errors already refuse the request.
     */
    private static <I, O> List<O> each(List<I> inputs, String name, int maxItems, FieldErrors errors,
                                       BiFunction<I, String, O> mapper) {
        List<O> out = new ArrayList<>();
        if (inputs == null || !errors.atMostItems(name, inputs, maxItems)) {
            return out;
        }
        for (int i = 0; i < inputs.size(); i++) {
            String path = name + "[" + i + "]";
            I input = inputs.get(i);
            if (input == null) {
                errors.reject(path, "is required");
            } else {
                O mapped = mapper.apply(input, path);
                if (mapped != null) {
                    out.add(mapped);
                }
            }
        }
        return out;
    }
}
