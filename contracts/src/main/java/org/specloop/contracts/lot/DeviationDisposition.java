package org.specloop.contracts.lot;

/**
 * What a material review decides for a lot that does not conform (or was never shown to): the
 * disposition a deviation asks for, which takes effect only once a second person has signed it.
 */
public enum DeviationDisposition {
    /** Released as it is, with the deviation recorded against the lot. */
    USE_AS_IS,
    /** Kept held until new measurements show that the reworked lot conforms. */
    REWORK,
    /** Rejected and destroyed. */
    SCRAP,
    /** Rejected and sent back to the supplier. */
    RETURN_TO_SUPPLIER
}
