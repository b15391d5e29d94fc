package org.specloop.command.sourcing;

import java.util.List;
import java.util.Optional;

/**
 * What the sourcing group's order needs to know of events that do not name their part: facts fixed when an
 * aggregate was created, answered from the event store, so that every node and every replay puts an event in
 * the same sequence (the sourcing policies' SourcingSequencing).
 */
public interface SourcingFacts {

    /** The part the lot was received as; empty when no lot of that id was received. */
    Optional<String> partOfLot(String lotId);

    /** The part the specification was created for; empty when no specification of that id exists. */
    Optional<String> partOfSpecification(String specificationId);

    /** The specification an engineering change was raised for; empty for a change without one, or none. */
    Optional<String> specificationOfChange(String changeId);

    /** Every specification created so far, in no particular order: whose sourcing a registry change may concern. */
    List<String> specifications();

    /**
     * The event's position in the store (its global index); empty when it is not stored. Receipts and registry
     * changes are compared by it. Not the tracking token's position: the token of an event that fills a gap (one
     * committed after a later index was read) stands at the highest index read so far, so live handling and a
     * replay would date the same event apart.
     */
    Optional<Long> positionOf(String eventId);
}
