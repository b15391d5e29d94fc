package org.specloop.calculations.motor.verdict;

/**
 * NOT_APPLICABLE is kept apart from NOT_MEASURED: the first means the standard has no
 * limit for this case (e.g. grade B rigid below H 132), the second that evidence is missing.
 */
public enum Outcome { PASS, FAIL, NOT_MEASURED, NOT_APPLICABLE }
