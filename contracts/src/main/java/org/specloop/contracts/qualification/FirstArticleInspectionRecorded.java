package org.specloop.contracts.qualification;

import org.specloop.contracts.common.EventVersion;

import java.time.Instant;

/** A new issue of the change's first article record (issues count from 1; each supersedes the one before). */
@EventVersion("1")
public record FirstArticleInspectionRecorded(String changeId, int issue, FirstArticleRecord record, String recordedBy,
                                             Instant recordedAt) {
}
