package org.specloop.ui.record;

import org.specloop.contracts.specification.RevisionReviewed;
import org.specloop.loop.policy.ControlCharts;
import org.specloop.query.change.ChangeReadModel;
import org.specloop.query.change.ChangeView;
import org.specloop.query.shared.EventStreamReader;
import org.specloop.query.shared.Requests;
import org.specloop.query.shared.TimedEvent;
import org.specloop.query.specification.RevisionBaseline;
import org.specloop.query.specification.RevisionView;
import org.specloop.query.specification.SpecificationReadModel;
import org.specloop.query.specification.SpecificationSummary;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

/**
 * Gathers what an approval record states from the read models, the loop's charts and (for review
 * signatures, which change no status and so have no column) the specification's own events; an
 * unknown revision or change is a 404 like on its page.
 */
@Component
public class ApprovalRecords {
    private final SpecificationReadModel specifications;
    private final ChangeReadModel changes;
    private final ControlCharts charts;
    private final EventStreamReader events;
    private final Clock clock;

    public ApprovalRecords(SpecificationReadModel specifications, ChangeReadModel changes, ControlCharts charts,
                           EventStreamReader events, Clock clock) {
        this.specifications = specifications;
        this.changes = changes;
        this.charts = charts;
        this.events = events;
        this.clock = clock;
    }

    public ApprovalRecord revision(String id, int revision) {
        SpecificationSummary spec = specifications.summary(id)
                .orElseThrow(() -> Requests.notFound("no specification '" + id + "'"));
        RevisionView shown = specifications.revision(id, revision)
                .orElseThrow(() -> Requests.notFound("specification '" + id + "' has no revision " + revision));
        RevisionView baseline = RevisionBaseline.of(specifications, spec, shown).orElse(null);
        return RevisionRecord.of(spec, shown, baseline, characteristic -> charts.ofPart(spec.partNumber(), characteristic),
                reviews(id, revision), clock.instant());
    }

    public ApprovalRecord change(String id) {
        ChangeView change = changes.one(id).orElseThrow(() -> Requests.notFound("no engineering change '" + id + "'"));
        return ChangeRecord.of(change, changes.firstArticle(id).orElse(null), changes.ppap(id).orElse(null), clock.instant());
    }

    /** Review signatures of the revision, stamped with the time the event was stored when it carries none. */
    private List<RevisionReviewed> reviews(String id, int revision) {
        return events.read(id).stream()
                .filter(e -> e.payload() instanceof RevisionReviewed r && r.revision() == revision)
                .map(ApprovalRecords::stamped).toList();
    }

    private static RevisionReviewed stamped(TimedEvent event) {
        RevisionReviewed r = (RevisionReviewed) event.payload();
        return r.reviewedAt() != null ? r : new RevisionReviewed(r.specificationId(), r.revision(), r.reviewer(), r.reason(),
                r.signatureMeaning(), event.at());
    }
}
