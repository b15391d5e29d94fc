package org.specloop.contracts.qualification;

/**
 * The records a spec asks of a source change besides its plan's evidence: an AS9102 first article record
 * (required unless {@code firstArticleRequired} is false: a change of manufacturing source is an AS9102
 * FAI trigger) and an AIAG PPAP submission at {@code ppapSubmissionLevel} 1 to 5 (null: none).
 * Revisions stored before it existed read it as absent, i.e. first article required, no PPAP.
 */
public record RequalificationRecords(Boolean firstArticleRequired, Integer ppapSubmissionLevel) {

    public static RequalificationRecords defaults() {
        return new RequalificationRecords(null, null);
    }

    public boolean firstArticle() {
        return !Boolean.FALSE.equals(firstArticleRequired);
    }
}
