package org.specloop.command.sourcing;

import org.specloop.contracts.source.Certificate;
import org.specloop.contracts.source.Tier;

import java.util.List;

/** What the supply source registry says about a source: its tier (discipline), its current country, its certificates. */
public record RegisteredSource(String sourceId, Tier tier, String country, List<Certificate> certificates) {

    public RegisteredSource {
        certificates = certificates == null ? List.of() : List.copyOf(certificates);
    }

    public RegisteredSource(String sourceId, Tier tier, String country) {
        this(sourceId, tier, country, List.of());
    }
}
