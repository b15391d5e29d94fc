package org.specloop.contracts.qualification;

/** Records the current state of a source change's first article record; an unchanged record is ignored. */
public record RecordFirstArticleInspection(String changeId, FirstArticleRecord record, String recordedBy) {
}
