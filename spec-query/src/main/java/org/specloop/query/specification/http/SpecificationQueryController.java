package org.specloop.query.specification.http;

import org.specloop.contracts.specification.SpecificationCreated;
import org.specloop.query.shared.EventStreamReader;
import org.specloop.query.shared.HistoryEntry;
import org.specloop.query.shared.ObjectHistory;
import org.specloop.query.shared.Page;
import org.specloop.query.shared.PageQuery;
import org.specloop.query.shared.Requests;
import org.specloop.query.shared.TimedEvent;
import org.specloop.query.specification.DiffEntry;
import org.specloop.query.specification.EffectiveRevision;
import org.specloop.query.specification.EffectiveRevisionFold;
import org.specloop.query.specification.RevisionDiff;
import org.specloop.query.specification.RevisionView;
import org.specloop.query.specification.SpecificationReadModel;
import org.specloop.query.specification.SpecificationSummary;
import org.specloop.query.specification.SpecificationView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** Read-only views of specifications: lists, revision history, diffs and the revision effective at an instant. */
@RestController
@RequestMapping("/api/specifications")
class SpecificationQueryController {
    private final SpecificationReadModel specifications;
    private final ObjectHistory history;
    private final EventStreamReader events;
    private final Clock clock;

    public SpecificationQueryController(SpecificationReadModel specifications, ObjectHistory history,
                                        EventStreamReader events, Clock clock) {
        this.specifications = specifications;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    @GetMapping
    public Page<SpecificationSummary> list(@RequestParam(required = false) String partNumber,
                                           @RequestParam(required = false) String grade,
                                           @RequestParam(required = false) String page,
                                           @RequestParam(required = false) String size,
                                           @RequestParam(required = false) String sort) {
        PageQuery query = PageQuery.parse(page, size, sort, SpecificationReadModel.SORTABLE, "partNumber");
        return specifications.find(Requests.textFilter(partNumber), Requests.textFilter(grade), query);
    }

    @GetMapping("/{id}")
    public SpecificationView one(@PathVariable String id) {
        SpecificationSummary summary = specifications.summary(id).orElseThrow(() -> unknown(id));
        return new SpecificationView(summary, specifications.revisions(id));
    }

    @GetMapping("/{id}/revisions/{revision}")
    public RevisionView revision(@PathVariable String id, @PathVariable String revision) {
        return revisionOf(id, Requests.positiveInt("revision", revision));
    }

    @GetMapping("/{id}/diff")
    public RevisionDiffView diff(@PathVariable String id, @RequestParam(required = false) String from,
                                 @RequestParam(required = false) String to) {
        if (from == null || to == null) {
            throw Requests.badRequest("both from and to revision numbers are required, e.g. ?from=1&to=2");
        }
        RevisionView before = revisionOf(id, Requests.positiveInt("from", from));
        RevisionView after = revisionOf(id, Requests.positiveInt("to", to));
        return new RevisionDiffView(id, before.revision(), after.revision(),
                RevisionDiff.between(before.content(), after.content()));
    }

    @GetMapping("/{id}/effective")
    public EffectiveRevision effective(@PathVariable String id, @RequestParam(required = false) String asOf) {
        Instant instant = Requests.instant("asOf", asOf, clock);
        List<TimedEvent> stream = events.read(id);
        if (stream.stream().noneMatch(e -> e.payload() instanceof SpecificationCreated)) {
            throw unknown(id);
        }
        return EffectiveRevisionFold.effectiveAt(stream, instant).orElseThrow(() -> Requests.notFound(
                "specification '" + id + "' had no effective revision at " + instant));
    }

    @GetMapping("/{id}/history")
    public Page<HistoryEntry> history(@PathVariable String id, @RequestParam(required = false) String page,
                                      @RequestParam(required = false) String size) {
        PageQuery query = PageQuery.unsorted(page, size);
        specifications.summary(id).orElseThrow(() -> unknown(id));
        return history.page(SpecificationReadModel.OBJECT_TYPE, id, query);
    }

    /** The differences between two revisions of one specification. */
    public record RevisionDiffView(String specificationId, int from, int to, List<DiffEntry> changes) {
    }

    private RevisionView revisionOf(String id, int revision) {
        return specifications.revision(id, revision).orElseThrow(() -> specifications.summary(id).isEmpty()
                ? unknown(id) : Requests.notFound("specification '" + id + "' has no revision " + revision));
    }

    private static RuntimeException unknown(String id) {
        return Requests.notFound("no specification '" + id + "'");
    }
}
