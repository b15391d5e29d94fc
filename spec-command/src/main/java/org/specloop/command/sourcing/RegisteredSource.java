package org.specloop.command.sourcing;

import org.specloop.contracts.source.Tier;

/** What the supply source registry says about a source: its tier (discipline) and its current country. */
public record RegisteredSource(String sourceId, Tier tier, String country) {
}
