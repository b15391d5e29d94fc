package org.specloop.command.change;

import org.specloop.contracts.qualification.CharacteristicAccountability;
import org.specloop.contracts.qualification.CharacteristicVerdict;
import org.specloop.contracts.qualification.FirstArticleRecord;
import org.specloop.contracts.qualification.SampleResult;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Says in words why a first article record is not accepted, for the refusal of an approval. */
final class FirstArticleFindings {
    private static final int MAX_LISTED = 5;

    private FirstArticleFindings() {
    }

    static String describe(FirstArticleRecord record) {
        List<String> parts = new ArrayList<>();
        List<CharacteristicAccountability> rejected = of(record, CharacteristicVerdict.REJECTED);
        if (!rejected.isEmpty()) {
            parts.add("rejected " + rejected.stream().limit(MAX_LISTED).map(FirstArticleFindings::rejection)
                    .collect(Collectors.joining("; ")) + more(rejected));
        }
        List<CharacteristicAccountability> missing = of(record, CharacteristicVerdict.MISSING);
        if (!missing.isEmpty()) {
            parts.add("not measured " + missing.stream().limit(MAX_LISTED).map(FirstArticleFindings::name)
                    .collect(Collectors.joining(", ")) + more(missing));
        }
        return String.join("; ", parts);
    }

    private static List<CharacteristicAccountability> of(FirstArticleRecord record, CharacteristicVerdict verdict) {
        return record.characteristics().stream().filter(c -> c.verdict() == verdict).toList();
    }

    private static String rejection(CharacteristicAccountability line) {
        String samples = line.results().stream().filter(r -> !r.conforming()).limit(3)
                .map(FirstArticleFindings::sample).collect(Collectors.joining(", "));
        return name(line) + " (" + line.nonconformance() + ": " + samples + " outside " + line.requirement() + ")";
    }

    private static String sample(SampleResult r) {
        return r.lotId() + "/" + r.sampleId() + " " + r.value();
    }

    private static String name(CharacteristicAccountability line) {
        return "char " + line.number() + " " + line.characteristic().symbol() + "@" + Math.round(line.testTemperatureC()) + "degC";
    }

    private static String more(List<?> all) {
        return all.size() > MAX_LISTED ? " and " + (all.size() - MAX_LISTED) + " more" : "";
    }
}
