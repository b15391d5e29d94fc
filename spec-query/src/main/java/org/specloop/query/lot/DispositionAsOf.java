package org.specloop.query.lot;

import java.time.Instant;
import java.util.List;

/** A lot's disposition and the holds on it at an instant, as its events tell it. */
public record DispositionAsOf(String lotId, Instant asOf, String disposition, Instant since, List<HoldReason> holds,
                              String lastVerdict, String evaluatedSpecificationId, Integer evaluatedRevision) {
}
