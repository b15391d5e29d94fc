package org.specloop.app.observability;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.config.MeterFilterReply;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Axon's dimensional metrics as a Prometheus operator expects them. Axon names them in camelCase
 * ({@code eventProcessor.successTimer}, labels {@code processorName}, {@code payloadType}), without help
 * text, one timer and one counter per outcome, each timer with client-side quantiles, and every series
 * split by payload type: one scrape held 12,210 samples in 1.7 MB, most of them {@code eventProcessor_*}.
 * Here they become {@code axon_<component>_handling_seconds{outcome}} (timers) and
 * {@code axon_<component>_handled_total{outcome}} (counters), {@code axon_<component>_ingested_total},
 * labels {@code processor} (as in {@code specloop_processor_lag}) and, only when asked for,
 * {@code payload_type}; the "all" timer and the "processed" counter are dropped (the sums of the others),
 * and the timers publish count, sum and max without quantiles (rates and averages come from those).
 */
final class AxonMeterConventions implements MeterFilter {
    private static final Pattern AXON = Pattern.compile("(commandBus|eventStore|eventProcessor|eventBus|queryBus"
            + "|queryUpdateEmitter|deadlineManager|sagaManager)\\.(\\w+)");
    private static final Map<String, String> OUTCOMES = Map.of(
            "successTimer", "success", "failureTimer", "failure", "ignoredTimer", "ignored",
            "successCounter", "success", "failureCounter", "failure", "ignoredCounter", "ignored");
    private static final Map<String, String> COMPONENTS = Map.of(
            "commandBus", "commands dispatched on the command bus", "eventStore", "events appended to the event store",
            "eventProcessor", "events handled by an event processor", "eventBus", "events published on the event bus",
            "queryBus", "queries dispatched on the query bus", "queryUpdateEmitter", "query updates emitted",
            "deadlineManager", "deadlines handled", "sagaManager", "events handled by saga managers");

    /** More ids than a node's processors, payload types and outcomes make: beyond it ids are mapped uncached. */
    private static final int CACHED_IDS = 10_000;
    private final boolean payloadTypes;
    // Micrometer filters an id on every register(), and Axon's monitors register a meter per handled
    // message: the regular expressions ran for every event of every processor (a JFR profile of the plant
    // benchmark showed them as the processors' hottest SpecLoop frames). The ids are few, so each is mapped once.
    private final Map<Meter.Id, Meter.Id> mapped = new ConcurrentHashMap<>();
    private final Map<String, MeterFilterReply> accepted = new ConcurrentHashMap<>();

    AxonMeterConventions(boolean payloadTypes) {
        this.payloadTypes = payloadTypes;
    }

    @Override
    public MeterFilterReply accept(Meter.Id id) {
        MeterFilterReply reply = accepted.get(id.getName());
        if (reply == null) {
            reply = acceptName(id.getName());
            if (accepted.size() < CACHED_IDS) {
                accepted.put(id.getName(), reply);
            }
        }
        return reply;
    }

    private static MeterFilterReply acceptName(String name) {
        var axon = AXON.matcher(name);
        if (axon.matches() && (axon.group(2).equals("allTimer") || axon.group(2).equals("processedCounter"))) {
            return MeterFilterReply.DENY;
        }
        return MeterFilterReply.NEUTRAL;
    }

    @Override
    public Meter.Id map(Meter.Id id) {
        Meter.Id result = mapped.get(id);
        if (result == null) {
            result = mapOnce(id);
            if (mapped.size() < CACHED_IDS) {
                mapped.put(id, result);
            }
        }
        return result;
    }

    private Meter.Id mapOnce(Meter.Id id) {
        var axon = AXON.matcher(id.getName());
        if (!axon.matches()) {
            return id;
        }
        String component = axon.group(1);
        String measure = axon.group(2);
        if (measure.equals("allTimer") || measure.equals("processedCounter")) {
            return id; // denied by accept(), which sees the mapped id
        }
        String prefix = "axon." + snake(component) + ".";
        String what = COMPONENTS.get(component);
        List<Tag> tags = new ArrayList<>();
        for (Tag tag : id.getTagsAsIterable()) {
            if (tag.getKey().equals("processorName")) {
                tags.add(Tag.of("processor", tag.getValue()));
            } else if (tag.getKey().equals("payloadType")) {
                if (payloadTypes) {
                    tags.add(Tag.of("payload_type", tag.getValue()));
                }
            } else {
                tags.add(Tag.of(snake(tag.getKey()), tag.getValue()));
            }
        }
        String outcome = OUTCOMES.get(measure);
        if (outcome != null) {
            tags.add(Tag.of("outcome", outcome));
            boolean timer = measure.endsWith("Timer");
            return new Meter.Id(prefix + (timer ? "handling" : "handled"), Tags.of(tags), id.getBaseUnit(),
                    (timer ? "Time to handle " : "Number of ") + what + ", by outcome (Axon)", id.getType());
        }
        return switch (measure) {
            case "ingestedCounter" -> new Meter.Id(prefix + "ingested", Tags.of(tags), id.getBaseUnit(),
                    "Number of " + what + " taken in, before handling (Axon)", id.getType());
            case "latency" -> new Meter.Id(prefix + "latency.milliseconds", Tags.of(tags), null,
                    "Age in milliseconds of the last event an event processor handled, against the wall clock (Axon)",
                    id.getType());
            case "capacity" -> new Meter.Id(prefix + "capacity", Tags.of(tags), id.getBaseUnit(),
                    "Busy share of the handlers of " + what + ", 1 per fully busy thread (Axon)", id.getType());
            default -> new Meter.Id(prefix + snake(measure), Tags.of(tags), id.getBaseUnit(),
                    "Axon metric " + measure + " of " + what, id.getType());
        };
    }

    /** Axon's timers come with six client-side quantiles per series; count, sum and max are kept. */
    @Override
    public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
        if (id.getName().startsWith("axon.")) {
            return DistributionStatisticConfig.builder().percentiles(new double[0]).percentilesHistogram(false)
                    .build().merge(config);
        }
        return config;
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
