package org.specloop.query.lot;

import java.time.Instant;
import java.util.Map;

/**
 * What one event asks of a lot's row in q_lot and of its holds, kept in event order until the batch is written
 * ({@link LotFold}). Instants are as the row takes them: the projection picks the event's own time or its timestamp.
 */
sealed interface LotStep {

    /** MagnetLotReceived: the receipt's columns of q_lot. */
    record Received(Map<String, Object> columns) implements LotStep {
    }

    /** LotConformanceEvaluated: the evaluation's columns; results are rendered when written, for the last one only. */
    record Evaluated(Map<String, Object> columns, Object results) implements LotStep {
    }

    record Held(String category, String reason, String actor, Instant heldAt, Instant at) implements LotStep {
    }

    record HoldLifted(String category, String reason, String actor, Instant at) implements LotStep {
    }

    /** Released means nothing holds the lot any more (HoldCategory's rule). */
    record Released(String reason, String actor, Instant at) implements LotStep {
    }

    record Rejected(String reason, String actor, Instant at) implements LotStep {
    }
}
