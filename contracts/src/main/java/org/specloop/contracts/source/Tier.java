package org.specloop.contracts.source;

/** The tiers of the rare-earth magnet chain, upstream first (domain.md). */
public enum Tier {
    MINE,
    CONCENTRATOR,
    SEPARATOR,
    METAL_MAKER,
    ALLOY_MAKER,
    MAGNET_MAKER
}
