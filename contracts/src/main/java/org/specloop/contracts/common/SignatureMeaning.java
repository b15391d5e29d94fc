package org.specloop.contracts.common;

/** What a signer declares by signing (21 CFR Part 11 style): recorded with every decision. */
public enum SignatureMeaning {
    APPROVED,
    REVIEWED,
    REJECTED
}
