package org.specloop.query.change;

import org.specloop.contracts.qualification.FirstArticleRecord;

import java.time.Instant;

/** The latest issue of a source change's AS9102 first article record, as GET /api/engineering-changes/{id}/first-article. */
public record FirstArticleView(String changeId, int issue, boolean required, String recordedBy, Instant recordedAt,
                               FirstArticleRecord record) {
}
