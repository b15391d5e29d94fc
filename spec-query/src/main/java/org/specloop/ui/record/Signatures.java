package org.specloop.ui.record;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects a record's signatures and recorded actions, then lists them in the order they happened. */
final class Signatures {
    private record Timed(Instant at, int order, ApprovalRecord.SignatureLine line) {
    }

    private final List<Timed> lines = new ArrayList<>();

    /** Adds a line when it happened (signer known); a step not taken yet leaves no line. */
    Signatures add(String action, String signer, Instant at, String meaning, String reason) {
        if (signer != null && !signer.isBlank()) {
            lines.add(new Timed(at, lines.size(), new ApprovalRecord.SignatureLine(action, signer, RecordText.time(at),
                    RecordText.text(meaning), RecordText.text(reason))));
        }
        return this;
    }

    List<ApprovalRecord.SignatureLine> inOrder() {
        return lines.stream()
                .sorted(Comparator.comparing(Timed::at, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingInt(Timed::order))
                .map(Timed::line).toList();
    }
}
