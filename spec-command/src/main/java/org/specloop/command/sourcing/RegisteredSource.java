package org.specloop.command.sourcing;

import org.specloop.contracts.source.Certificate;
import org.specloop.contracts.source.Tier;

import java.util.List;

/**
 * What the supply source registry says about a source: its tier (discipline), its current country, its certificates.
 * {@code certificatesKnown} is false for a source the policy recorded before it kept certificates (V11_70) and has
 * not replayed since: its certificates are not judged rather than taken as none. {@code disqualifiedReason}: why a
 * quality engineer disqualified it, null while it is not.
 */
public record RegisteredSource(String sourceId, Tier tier, String country, List<Certificate> certificates,
                               boolean certificatesKnown, String disqualifiedReason) {

    public RegisteredSource {
        certificates = certificates == null ? List.of() : List.copyOf(certificates);
    }

    public RegisteredSource(String sourceId, Tier tier, String country, List<Certificate> certificates,
                            boolean certificatesKnown) {
        this(sourceId, tier, country, certificates, certificatesKnown, null);
    }

    public boolean disqualified() {
        return disqualifiedReason != null;
    }

    public RegisteredSource(String sourceId, Tier tier, String country, List<Certificate> certificates) {
        this(sourceId, tier, country, certificates, true);
    }

    public RegisteredSource(String sourceId, Tier tier, String country) {
        this(sourceId, tier, country, List.of(), true);
    }
}
