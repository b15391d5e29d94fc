package org.specloop.query.change;

import org.specloop.contracts.qualification.FirstArticleSummary;

/**
 * What a change's plan asks for besides its evidence, and where its first article stands: the latest issue of the
 * record and, once approved, the issue the approver signed. firstArticleRequired is null for a plan recorded before
 * plans stated it (no first article was asked then) and for a change without a plan.
 */
public record RequalificationView(Boolean firstArticleRequired, Integer ppapSubmissionLevel,
                                  FirstArticleSummary firstArticle, FirstArticleSummary signedFirstArticle) {
}
