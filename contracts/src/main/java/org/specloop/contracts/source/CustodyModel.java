package org.specloop.contracts.source;

/**
 * ISO 22095:2020 chain-of-custody models, declared weakest first so that ordinal order is
 * strength: a spec demanding SEGREGATED accepts SEGREGATED and IDENTITY_PRESERVED.
 */
public enum CustodyModel {
    BOOK_AND_CLAIM,
    MASS_BALANCE,
    CONTROLLED_BLENDING,
    SEGREGATED,
    IDENTITY_PRESERVED;

    public boolean satisfies(CustodyModel minimum) {
        return minimum == null || this.ordinal() >= minimum.ordinal();
    }
}
