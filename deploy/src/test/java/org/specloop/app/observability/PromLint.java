package org.specloop.app.observability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks of {@code promtool check metrics} (client_golang's promlint) that a scrape of SpecLoop can
 * break, applied to the Prometheus text format: help text, snake_case metric and label names, counters
 * ending in _total and nothing else doing so, no abbreviated units, no type in the name. promtool is a Go
 * binary this build cannot fetch from Maven Central, so its rules are restated here with known-answer tests.
 */
final class PromLint {
    private static final Pattern SNAKE = Pattern.compile("[a-z_:][a-z0-9_:]*");
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})?\\s");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final List<String> ABBREVIATED_UNITS = List.of("ms", "sec", "secs", "us", "ns", "kb", "mb", "gb",
            "msec", "usec", "nsec");

    record Family(String name, String type, String help, Set<String> labels, int samples) {
    }

    private PromLint() {
    }

    /** Metric families of a scrape, by name, with the label names used by any of their samples. */
    static Map<String, Family> parse(String scrape) {
        Map<String, String> types = new LinkedHashMap<>();
        Map<String, String> helps = new LinkedHashMap<>();
        Map<String, Set<String>> labels = new LinkedHashMap<>();
        Map<String, Integer> samples = new LinkedHashMap<>();
        for (String line : scrape.split("\n")) {
            if (line.startsWith("# HELP ")) {
                String[] parts = line.substring(7).split(" ", 2);
                helps.put(parts[0], parts.length > 1 ? parts[1].trim() : "");
            } else if (line.startsWith("# TYPE ")) {
                String[] parts = line.substring(7).split(" ", 2);
                types.put(parts[0], parts[1].trim());
            } else if (!line.isBlank() && !line.startsWith("#")) {
                Matcher sample = SAMPLE.matcher(line);
                if (!sample.find()) {
                    continue;
                }
                String family = familyOf(sample.group(1), types);
                samples.merge(family, 1, Integer::sum);
                Set<String> names = labels.computeIfAbsent(family, f -> new LinkedHashSet<>());
                if (sample.group(3) != null) {
                    Matcher label = LABEL.matcher(sample.group(3));
                    while (label.find()) {
                        names.add(label.group(1));
                    }
                }
            }
        }
        Map<String, Family> families = new LinkedHashMap<>();
        types.forEach((name, type) -> families.put(name, new Family(name, type, helps.getOrDefault(name, ""),
                labels.getOrDefault(name, Set.of()), samples.getOrDefault(name, 0))));
        return families;
    }

    /** The problems promtool would report for one family, in its words. */
    static List<String> problems(Family family) {
        List<String> problems = new ArrayList<>();
        String name = family.name();
        if (family.help().isBlank()) {
            problems.add(name + ": no help text");
        }
        if (!SNAKE.matcher(name).matches()) {
            problems.add(name + ": metric names should be written in 'snake_case' not 'camelCase'");
        }
        family.labels().stream().filter(label -> !SNAKE.matcher(label).matches())
                .forEach(label -> problems.add(name + ": label names should be written in 'snake_case' not 'camelCase' (" + label + ")"));
        boolean counter = "counter".equals(family.type());
        if (counter && !name.endsWith("_total")) {
            problems.add(name + ": counter metrics should have \"_total\" suffix");
        }
        if (!counter && name.endsWith("_total")) {
            problems.add(name + ": non-counter metrics should not have \"_total\" suffix");
        }
        for (String part : name.split("_")) {
            if (ABBREVIATED_UNITS.contains(part)) {
                problems.add(name + ": metric names should not contain abbreviated units (" + part + ")");
            }
            if (part.equals(family.type()) && !part.equals("info")) {
                problems.add(name + ": metric name should not include type '" + part + "'");
            }
        }
        return problems;
    }

    /** A sample named x_total, x_count, x_sum or x_bucket belongs to the family x when x has a TYPE line. */
    private static String familyOf(String sample, Map<String, String> types) {
        if (types.containsKey(sample)) {
            return sample;
        }
        for (String suffix : List.of("_total", "_count", "_sum", "_bucket", "_max", "_created")) {
            if (sample.endsWith(suffix) && types.containsKey(sample.substring(0, sample.length() - suffix.length()))) {
                return sample.substring(0, sample.length() - suffix.length());
            }
        }
        return sample;
    }
}
