package org.specloop.ui.authoring;

import com.fasterxml.jackson.databind.JsonNode;
import org.specloop.contracts.qualification.RequalificationRecords;
import org.specloop.contracts.source.CustodyModel;
import org.specloop.contracts.source.Tier;
import org.specloop.contracts.specification.CharacteristicLimit;
import org.specloop.contracts.specification.CompositionRange;
import org.specloop.contracts.specification.CountryExclusion;
import org.specloop.contracts.specification.QualifiedSource;
import org.specloop.contracts.specification.RequiredCertificate;
import org.specloop.contracts.specification.RevisionContent;
import org.specloop.contracts.specification.SourcingRules;
import org.specloop.contracts.units.Characteristic;
import org.specloop.contracts.units.Quantities;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Reads the API's request content (as the form's script builds it) into canonical content for the live
 * diff, as far as it can be read while someone is still typing. It validates nothing: what it cannot
 * read is left out and named, and the API's own checks judge the content when it is saved.
 */
final class DraftContentReader {
    /** Same default as the API's: IEC 60404-8-1 tabulates properties at 20 degC. */
    private static final double DEFAULT_TEST_TEMPERATURE_C = 20.0;
    private final List<String> unreadable = new ArrayList<>();

    record Preview(RevisionContent content, List<String> unreadable) {
    }

    private DraftContentReader() {
    }

    static Preview read(JsonNode body) {
        DraftContentReader reader = new DraftContentReader();
        List<CharacteristicLimit> limits = reader.each(body.path("characteristics"), "characteristics", reader::limit);
        List<CompositionRange> composition = reader.each(body.path("composition"), "composition",
                c -> new CompositionRange(required(c, "element"), number(c, "min"), number(c, "max")));
        SourcingRules sourcing = reader.sourcing(body.path("sourcingRules"));
        Double maxTemperature = reader.temperature(body.path("maxWorkingTemperature"), "maxWorkingTemperature", null);
        return new Preview(new RevisionContent(limits, composition, sourcing, maxTemperature), List.copyOf(reader.unreadable));
    }

    private CharacteristicLimit limit(JsonNode row) {
        Characteristic characteristic = Characteristic.parse(text(row, "characteristic"))
                .orElseThrow(() -> new IllegalArgumentException("unknown characteristic '" + text(row, "characteristic") + "'"));
        Double temperature = temperature(row.path("testTemperature"), characteristic.symbol() + " test temperature",
                DEFAULT_TEST_TEMPERATURE_C);
        return new CharacteristicLimit(characteristic, quantity(row.path("min"), characteristic),
                quantity(row.path("max"), characteristic), quantity(row.path("target"), characteristic),
                temperature == null ? DEFAULT_TEST_TEMPERATURE_C : temperature, text(row, "standard"));
    }

    private Double quantity(JsonNode quantity, Characteristic characteristic) {
        if (!quantity.path("value").isNumber()) {
            return null;
        }
        try {
            return characteristic.toCanonical(quantity.path("value").asDouble(), text(quantity, "unit"));
        } catch (IllegalArgumentException e) {
            unreadable.add(characteristic.symbol() + ": " + e.getMessage());
            return null;
        }
    }

    private Double temperature(JsonNode quantity, String what, Double fallback) {
        if (!quantity.path("value").isNumber()) {
            return fallback;
        }
        try {
            return Quantities.temperatureCelsius(quantity.path("value").asDouble(), text(quantity, "unit"));
        } catch (IllegalArgumentException e) {
            unreadable.add(what + ": " + e.getMessage());
            return fallback;
        }
    }

    private SourcingRules sourcing(JsonNode rules) {
        List<QualifiedSource> qualified = each(rules.path("qualifiedSources"), "qualified sources",
                q -> new QualifiedSource(tier(q), required(q, "sourceId")));
        List<CountryExclusion> exclusions = each(rules.path("countryExclusions"), "country exclusions",
                x -> new CountryExclusion(tier(x), upper(text(x, "country")),
                        text(x, "effectiveFrom") == null ? null : LocalDate.parse(text(x, "effectiveFrom")), text(x, "rule")));
        List<RequiredCertificate> certificates = each(rules.path("requiredCertificates"), "required certificates",
                r -> new RequiredCertificate(tier(r), text(r, "kind"), text(r, "rule")));
        CustodyModel custody = null;
        if (text(rules, "minimumCustodyModel") != null) {
            try {
                custody = CustodyModel.valueOf(upper(text(rules, "minimumCustodyModel")));
            } catch (IllegalArgumentException e) {
                unreadable.add("minimum custody model: '" + text(rules, "minimumCustodyModel") + "' is not one");
            }
        }
        JsonNode requalification = rules.path("requalification");
        RequalificationRecords records = new RequalificationRecords(
                requalification.path("firstArticleRequired").isBoolean() ? requalification.path("firstArticleRequired").asBoolean() : null,
                requalification.path("ppapSubmissionLevel").isInt() ? requalification.path("ppapSubmissionLevel").asInt() : null);
        return new SourcingRules(qualified, exclusions, custody, certificates, records);
    }

    private <T> List<T> each(JsonNode array, String what, Function<JsonNode, T> reader) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            try {
                out.add(reader.apply(array.get(i)));
            } catch (RuntimeException e) {
                unreadable.add(what + " row " + (i + 1) + ": " + e.getMessage());
            }
        }
        return out;
    }

    private static Tier tier(JsonNode row) {
        return Tier.valueOf(upper(required(row, "tier")));
    }

    private static String required(JsonNode row, String field) {
        String text = text(row, field);
        if (text == null) {
            throw new IllegalArgumentException(field + " is missing");
        }
        return text;
    }

    private static String upper(String text) {
        return text == null ? null : text.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText().trim() : null;
    }

    private static Double number(JsonNode node, String field) {
        return node.path(field).isNumber() ? node.path(field).asDouble() : null;
    }
}
