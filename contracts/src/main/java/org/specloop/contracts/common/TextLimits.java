package org.specloop.contracts.common;

/**
 * The one place where the longest accepted text of each kind of field is written down. Every write
 * path (REST, NDJSON, Kafka) refuses longer text at the edge through the command side's FieldErrors,
 * the JSON Schemas of the ingest messages state the same maxLength, and every read-model or policy
 * column that stores such a field is at least this wide; tests compare all three with these numbers
 * (contracts SchemaTextLimitsTest, deploy ColumnWidthsTest), so a text that was accepted can always
 * be stored and cannot stop a projection.
 *
 * <p>Lengths count Java chars (UTF-16 code units), which is what VARCHAR(n) counts in H2 and never
 * less than what PostgreSQL counts (code points).
 */
public final class TextLimits {
    /** Ids chosen by clients and references to them: lot, specification, change, measurement, sample, source, supplier, design, run, point, rig, plan item and message ids, motor serials. */
    public static final int ID = 128;
    /** A part number (the schemas give it the id rule). */
    public static final int PART_NUMBER = 128;
    /** A magnet grade as the supplier names it (N42, 42SH, 38UH). */
    public static final int GRADE = 32;
    /** Names and titles: specification and change titles, source and motor design names. */
    public static final int NAME = 500;
    /** Short labels: lab, instrument, certificate references, a certificate's type, number and issuer, an evidence type or reference, a limit's standard, an exclusion's rule. */
    public static final int LABEL = 256;
    /** Reasons, comments and notes: disposition, approval, review, rejection and deviation reasons, revision reasons, close notes, plan item descriptions, dead-letter eviction reasons. */
    public static final int REASON = 4000;
    /** Long free text: an engineering change's description. */
    public static final int DESCRIPTION = 100_000;
    /** Words read as one of a fixed set (tier, method, custody model, trigger, signature meaning, IE or thermal class): longer cannot be one of them. */
    public static final int CODE = 64;
    /** A magnet property as written by a lab (HcJ, (BH)max, alpha(Br)). */
    public static final int CHARACTERISTIC = 32;
    /** A unit symbol (kA/m, kOe, degC, MGOe). */
    public static final int UNIT = 16;
    /** An element or element group of a composition (Dy, Tb, Dy+Tb). */
    public static final int ELEMENT = 16;

    private TextLimits() {
    }
}
