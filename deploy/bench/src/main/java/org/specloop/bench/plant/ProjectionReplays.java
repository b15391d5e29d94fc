package org.specloop.bench.plant;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * deploy/bench/scenarios/projections runs this: the plant's events (PlantBuilder and the lab's load, as the
 * plant scenario makes them), then each named processing group replayed over all of them, one group at a
 * time and several rounds, with nothing else running in the application. A projection's cost per event is
 * seen here without the other groups' batches competing for the two cores and the database, which make the
 * plant's own per-group figures move by half between runs. Last line: key=value pairs, the median of the
 * rounds per group.
 */
public final class ProjectionReplays {
    private static final Duration TIMEOUT = Duration.ofMinutes(30);

    public static void main(String[] args) throws Exception {
        List<String> groups = List.of("query-lots", "notify-outbox");
        int rounds = 3;
        List<String> plantArgs = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--groups=")) {
                groups = Arrays.asList(arg.substring("--groups=".length()).split(","));
            } else if (arg.startsWith("--rounds=")) {
                rounds = Integer.parseInt(arg.substring("--rounds=".length()));
            } else {
                plantArgs.add(arg);
            }
        }
        PlantOptions options = PlantOptions.parse(plantArgs.toArray(String[]::new));
        PlantApi api = new PlantApi(options.base());
        Processors processors = new Processors(api);
        Plant plant = new Plant(options, Instant.now());
        new PlantBuilder(api).build(plant);
        processors.awaitHead(TIMEOUT);
        MeasurementLoad.Result load = MeasurementLoad.run(api, plant, options.batch(), options.threads());
        processors.awaitHead(TIMEOUT);
        System.err.printf(Locale.ROOT, "plant: %d lots, %d measurements loaded in %.1f s%n", plant.bulk.size(),
                load.recorded(), load.seconds());

        Map<String, List<double[]>> results = new LinkedHashMap<>();
        long events = 0;
        for (int round = 1; round <= rounds; round++) {
            for (String group : groups) {
                double[] before = processors.handling().getOrDefault(group, new double[2]);
                Replay.Result replay = new Replay(api, group).run(TIMEOUT);
                double[] after = processors.handling().getOrDefault(group, new double[2]);
                double handled = after[1] - before[1];
                double msPerEvent = handled > 0 ? 1000 * (after[0] - before[0]) / handled : 0;
                events = replay.events();
                results.computeIfAbsent(group, g -> new ArrayList<>()).add(new double[]{replay.perSecond(), msPerEvent});
                System.err.printf(Locale.ROOT, "round %d %-16s %7d events in %6.2f s, %7.0f events/s, %.3f ms from batch"
                        + " start to commit per event%n", round, group, replay.events(), replay.seconds(), replay.perSecond(),
                        msPerEvent);
            }
        }
        StringBuilder last = new StringBuilder("events=" + events + " rounds=" + rounds);
        results.forEach((group, figures) -> {
            String key = group.replace('-', '_');
            last.append(String.format(Locale.ROOT, " replay_%s_events_per_s=%.0f replay_%s_ms_per_event=%.3f", key,
                    median(figures, 0), key, median(figures, 1)));
        });
        System.out.println(last);
    }

    private static double median(List<double[]> figures, int column) {
        double[] values = figures.stream().mapToDouble(f -> f[column]).sorted().toArray();
        return values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }
}
