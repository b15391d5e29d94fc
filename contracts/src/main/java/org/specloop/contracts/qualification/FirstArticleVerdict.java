package org.specloop.contracts.qualification;

/**
 * A first article record as a whole: ACCEPTED when every characteristic is; REJECTED when any is (a
 * documented nonconformance, AS9102 Form 1 field 19); INCOMPLETE when none is rejected but some are missing.
 */
public enum FirstArticleVerdict {
    ACCEPTED,
    REJECTED,
    INCOMPLETE
}
