package org.specloop.contracts.sourcing;

/**
 * Tells a spec's sourcing record (qualificationId "QUAL-" + specificationId) of a change in the supply source
 * registry, so that the spec's lots are judged again in the order of the spec's own events. registryIndex is
 * the store position of the registry event; sourceSequence its number in the source's stream (a relocation's
 * change is named after it). previousCountry, country and reason are the registry event's, where it has them.
 */
public record NoteRegistryChange(String qualificationId, String specificationId, String sourceId, RegistryChangeKind kind,
                                 long registryIndex, long sourceSequence, String previousCountry, String country,
                                 String reason) {
}
