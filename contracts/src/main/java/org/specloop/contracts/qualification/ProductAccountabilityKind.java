package org.specloop.contracts.qualification;

/** The three parts of AS9102 Form 2. */
public enum ProductAccountabilityKind {
    MATERIAL,
    SPECIAL_PROCESS,
    FUNCTIONAL_TEST
}
