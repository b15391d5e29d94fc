package org.specloop.command.sourcing;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The evidence each changed tier demands, as data: a JSON document keyed by tier name (and DEFAULT
 * for a source change that names no tier). Defaults ship in requalification/templates.json.
 */
public record RequalificationTemplates(Map<String, TierTemplate> byTier) {
    public static final String DEFAULT_KEY = "DEFAULT";
    public static final String CLASSPATH_DEFAULTS = "/requalification/templates.json";
    /** A template temperature naming the spec's maximum working temperature rather than a number. */
    public static final String MAX_WORKING = "MAX_WORKING";

    public RequalificationTemplates {
        byTier = Map.copyOf(byTier);
    }

    /** One item: what evidence, how many pieces; temperature only for measurements, in degC or MAX_WORKING. */
    public record TemplateItem(String itemId, String description, String evidenceType, int required, String temperature) {
    }

    public record TierTemplate(int dueDays, List<TemplateItem> items) {
        public TierTemplate {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    public static RequalificationTemplates read(InputStream json) {
        try {
            return new RequalificationTemplates(new ObjectMapper().readValue(json, new TypeReference<Map<String, TierTemplate>>() {
            }));
        } catch (IOException e) {
            throw new UncheckedIOException("requalification templates are not readable JSON", e);
        }
    }

    public static RequalificationTemplates defaults() {
        try (InputStream in = RequalificationTemplates.class.getResourceAsStream(CLASSPATH_DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException("missing " + CLASSPATH_DEFAULTS);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public TierTemplate forTier(String tier) {
        TierTemplate template = byTier.getOrDefault(tier, byTier.get(DEFAULT_KEY));
        if (template == null) {
            throw new IllegalStateException("no requalification template for " + tier + " and no " + DEFAULT_KEY);
        }
        return template;
    }
}
