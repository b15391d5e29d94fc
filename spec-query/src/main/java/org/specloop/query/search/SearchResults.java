package org.specloop.query.search;

import java.time.Instant;
import java.util.List;

/**
 * What a search found, grouped by kind. Each kind lists at most {@code perKind} things, exact id hits
 * first, then in id order, with the number that matched in all.
 */
public record SearchResults(String q, int perKind, Hits<SpecificationHit> specifications, Hits<PartNumberHit> partNumbers,
                            Hits<LotHit> lots, Hits<MotorHit> motors, Hits<SourceHit> sources) {

    /** Nothing of any kind matched (not a property, so the JSON stays the kinds alone). */
    public boolean nothingFound() {
        return specifications.total() + partNumbers.total() + lots.total() + motors.total() + sources.total() == 0;
    }

    /** A specification whose id, part number, grade or title contains the text. */
    public record SpecificationHit(String specificationId, String partNumber, String grade, String title,
                                   Integer effectiveRevision) {
    }

    /** A part number some specification or lot carries, with how many of each. */
    public record PartNumberHit(String partNumber, long specifications, long lots) {
    }

    /** A lot whose id contains the text. */
    public record LotHit(String lotId, String partNumber, String grade, String supplierId, String disposition,
                         Instant receivedAt) {
    }

    /** A rig run of a motor whose serial contains the text, with the magnet lots built into the motor. */
    public record MotorHit(String motorSerial, String runId, String motorDesign, Instant startedAt, List<String> lotIds) {
    }

    /** A source whose id or name contains the text. */
    public record SourceHit(String sourceId, String name, String tier, String country, boolean disqualified) {
        public boolean magnetMaker() {
            return "MAGNET_MAKER".equals(tier);
        }
    }
}
