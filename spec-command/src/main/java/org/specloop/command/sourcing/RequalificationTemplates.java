package org.specloop.command.sourcing;

import java.util.List;
import java.util.Map;

/**
 * The evidence each changed tier demands, as data: a JSON document keyed by tier name (and DEFAULT
 * for a source change that names no tier). Defaults ship in requalification/templates.json; the
 * document is read by the wiring (RequalificationTemplateFiles), so the domain holds no JSON reader.
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

    public TierTemplate forTier(String tier) {
        TierTemplate template = byTier.getOrDefault(tier, byTier.get(DEFAULT_KEY));
        if (template == null) {
            throw new IllegalStateException("no requalification template for " + tier + " and no " + DEFAULT_KEY);
        }
        return template;
    }
}
