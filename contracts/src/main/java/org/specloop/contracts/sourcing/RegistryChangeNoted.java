package org.specloop.contracts.sourcing;

import org.specloop.contracts.common.EventVersion;

import java.time.Instant;

/**
 * A registry change reached a spec's sourcing record (see {@link NoteRegistryChange}): the spec's held lots are
 * checked again, lots received after a relocation are judged against the new country, a disqualified source's
 * lots are held, and a relocation or disqualification raises the spec's engineering change.
 */
@EventVersion("1")
public record RegistryChangeNoted(String qualificationId, String specificationId, String sourceId, RegistryChangeKind kind,
                                  long registryIndex, long sourceSequence, String previousCountry, String country,
                                  String reason, Instant notedAt) {
}
