package org.specloop.command.specification;

import org.specloop.command.kernel.RuleViolation;
import org.specloop.contracts.specification.CharacteristicLimit;
import org.specloop.contracts.specification.CompositionRange;
import org.specloop.contracts.specification.RevisionContent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Whether revision content can be judged against at all: limits in order, targets inside them,
 * one requirement per characteristic and temperature, compositions within 0..100 wt%.
 * The HTTP edge reports these per field; the aggregate refuses them for every other sender.
 */
public final class RevisionContentRules {
    public static final String RULE = "invalid-revision-content";

    private RevisionContentRules() {
    }

    public static void check(RevisionContent content) {
        List<ContentProblem> problems = problems(content);
        if (!problems.isEmpty()) {
            throw new RuleViolation(RULE, problems.stream().map(ContentProblem::toString).collect(Collectors.joining("; ")));
        }
    }

    public static List<ContentProblem> problems(RevisionContent content) {
        List<ContentProblem> problems = new ArrayList<>();
        if (content == null) {
            problems.add(new ContentProblem("content", "is required"));
            return problems;
        }
        List<CharacteristicLimit> limits = content.characteristics();
        for (int i = 0; i < limits.size(); i++) {
            checkLimit(limits, i, problems);
        }
        List<CompositionRange> composition = content.composition();
        for (int i = 0; i < composition.size(); i++) {
            checkComposition(composition, i, problems);
        }
        Double maxTemperature = content.maxWorkingTemperatureC();
        if (maxTemperature != null && !Double.isFinite(maxTemperature)) {
            problems.add(new ContentProblem("maxWorkingTemperature", "must be a finite number"));
        }
        return problems;
    }

    private static void checkLimit(List<CharacteristicLimit> limits, int i, List<ContentProblem> problems) {
        String path = "characteristics[" + i + "]";
        CharacteristicLimit limit = limits.get(i);
        if (limit == null || limit.characteristic() == null) {
            problems.add(new ContentProblem(path + ".characteristic", "is required"));
            return;
        }
        if (!finite(limit.min()) || !finite(limit.max()) || !finite(limit.target())) {
            problems.add(new ContentProblem(path, "limits and target must be finite numbers"));
            return;
        }
        if (limit.min() == null && limit.max() == null) {
            problems.add(new ContentProblem(path, "needs a min or a max; a target alone is not a limit"));
        }
        if (limit.min() != null && limit.max() != null && limit.min() > limit.max()) {
            problems.add(new ContentProblem(path + ".max", "must not be below min (" + limit.min() + " " + limit.unit() + ")"));
        } else if (limit.target() != null && !limit.accepts(limit.target())) {
            problems.add(new ContentProblem(path + ".target", "must lie between min and max"));
        }
        for (int j = 0; j < i; j++) {
            CharacteristicLimit earlier = limits.get(j);
            if (earlier != null && earlier.characteristic() != null && earlier.sameRequirementAs(limit)) {
                problems.add(new ContentProblem(path, "repeats characteristics[" + j + "] (" + limit.key() + ")"));
            }
        }
    }

    private static void checkComposition(List<CompositionRange> composition, int i, List<ContentProblem> problems) {
        String path = "composition[" + i + "]";
        CompositionRange range = composition.get(i);
        if (range == null || range.element() == null || range.element().isBlank()) {
            problems.add(new ContentProblem(path + ".element", "is required"));
            return;
        }
        checkPercent(range.minWeightPercent(), path + ".min", problems);
        checkPercent(range.maxWeightPercent(), path + ".max", problems);
        if (range.minWeightPercent() != null && range.maxWeightPercent() != null
                && range.minWeightPercent() > range.maxWeightPercent()) {
            problems.add(new ContentProblem(path + ".max", "must not be below min (" + range.minWeightPercent() + " wt%)"));
        }
        for (int j = 0; j < i; j++) {
            CompositionRange earlier = composition.get(j);
            if (earlier != null && earlier.element() != null && sameElement(earlier.element(), range.element())) {
                problems.add(new ContentProblem(path, "repeats composition[" + j + "] (" + range.element() + ")"));
            }
        }
    }

    private static void checkPercent(Double value, String path, List<ContentProblem> problems) {
        if (value != null && !(value >= 0.0 && value <= 100.0)) {
            problems.add(new ContentProblem(path, "must be between 0 and 100 wt%"));
        }
    }

    private static boolean finite(Double value) {
        return value == null || Double.isFinite(value);
    }

    private static boolean sameElement(String a, String b) {
        return a.trim().toLowerCase(Locale.ROOT).equals(b.trim().toLowerCase(Locale.ROOT));
    }
}
