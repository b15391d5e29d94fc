package org.specloop.contracts.change;

/** Attaches evidence (a measurement, a motor result, a certificate) to a plan item. */
public record RecordChangeEvidence(String changeId, String itemId, String evidenceReference, String recordedBy) {
}
