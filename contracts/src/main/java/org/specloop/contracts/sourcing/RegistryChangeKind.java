package org.specloop.contracts.sourcing;

/** What happened to a source in the supply source registry, as the sourcing check of a spec is told of it. */
public enum RegistryChangeKind {
    REGISTERED,
    CERTIFICATE_ADDED,
    RELOCATED,
    DISQUALIFIED
}
