package org.specloop.query.lot;

import org.specloop.contracts.lot.Disposition;
import org.specloop.contracts.lot.LotConformanceEvaluated;
import org.specloop.contracts.lot.LotHeld;
import org.specloop.contracts.lot.LotHoldLifted;
import org.specloop.contracts.lot.LotRejected;
import org.specloop.contracts.lot.LotReleased;
import org.specloop.contracts.lot.MagnetLotReceived;
import org.specloop.query.shared.TimedEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A lot's disposition at an instant, folded from the lot's own events stored up to that
 * instant; empty when the lot had not been received yet. Uses the same transition rules as
 * the projection ({@link LotDispositions}).
 */
public final class LotDispositionFold {
    private String lotId;
    private Disposition disposition;
    private Instant since;
    private final Map<String, HoldReason> holds = new LinkedHashMap<>();
    private String verdict;
    private String specificationId;
    private Integer revision;

    public static Optional<DispositionAsOf> dispositionAt(List<TimedEvent> events, Instant asOf) {
        LotDispositionFold fold = new LotDispositionFold();
        events.stream().filter(e -> !e.at().isAfter(asOf)).forEach(fold::apply);
        if (fold.disposition == null) {
            return Optional.empty();
        }
        return Optional.of(new DispositionAsOf(fold.lotId, asOf, fold.disposition.name(), fold.since,
                new ArrayList<>(fold.holds.values()), fold.verdict, fold.specificationId, fold.revision));
    }

    private void apply(TimedEvent event) {
        Object payload = event.payload();
        if (payload instanceof MagnetLotReceived e) {
            lotId = e.lotId();
            move(Disposition.AWAITING_EVALUATION, event.at());
        } else if (disposition == null) {
            return;
        } else if (payload instanceof LotHeld e) {
            holds.put(e.category().name(), new HoldReason(e.category().name(), e.reason(), e.actor(),
                    e.heldAt() != null ? e.heldAt() : event.at()));
            move(LotDispositions.afterHeld(disposition), event.at());
        } else if (payload instanceof LotHoldLifted e) {
            holds.remove(e.category().name());
            move(LotDispositions.afterHoldLifted(disposition, holds.size()), event.at());
        } else if (payload instanceof LotReleased) {
            holds.clear();
            move(Disposition.RELEASED, event.at());
        } else if (payload instanceof LotRejected) {
            move(Disposition.REJECTED, event.at());
        } else if (payload instanceof LotConformanceEvaluated e) {
            verdict = e.verdict() == null ? null : e.verdict().name();
            specificationId = e.specificationId();
            revision = e.revision();
        }
    }

    private void move(Disposition next, Instant at) {
        if (next != disposition) {
            disposition = next;
            since = at;
        }
    }
}
