package org.specloop.contracts.qualification;

/**
 * What AIAG PPAP (4th edition, table "retention/submission requirements") asks of an element at a
 * submission level: SUBMIT to the customer and retain a copy; RETAIN at the supplier and make available
 * on request; ON_REQUEST (level 4, "*"): retain and submit when the customer asks; REVIEW_ON_SITE
 * (level 5): retain, reviewed at the supplier's manufacturing location.
 */
public enum PpapRequirement {
    SUBMIT,
    RETAIN,
    ON_REQUEST,
    REVIEW_ON_SITE
}
