package org.specloop.ui.record;

import java.util.List;

/**
 * An approval record as a finished document: facts, tables and the signature manifestation, all as
 * text already formatted (times in UTC, values with their unit). The PDF and the printable page lay
 * out the same record, so the two can never say different things about one decision.
 */
public record ApprovalRecord(String title, String subtitle, List<Fact> facts, List<Section> sections,
                             List<SignatureLine> signatures, String generatedAt) {

    public ApprovalRecord {
        facts = List.copyOf(facts);
        sections = List.copyOf(sections);
        signatures = List.copyOf(signatures);
    }

    /** One labelled value of the record's head, such as the part number or the status. */
    public record Fact(String label, String value) {
    }

    /** A table of the record; note says why it is empty (or adds context) and is shown above the rows. */
    public record Section(String heading, String note, List<String> columns, List<List<String>> rows) {
        public Section {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }

        public boolean hasRows() {
            return !rows.isEmpty();
        }
    }

    /**
     * One signature or recorded action in the manifestation 21 CFR 11.50 asks for: the printed name
     * (the signer's user id), the date and time of signing, and its meaning, with the signer's reason.
     */
    public record SignatureLine(String action, String signer, String at, String meaning, String reason) {
    }
}
