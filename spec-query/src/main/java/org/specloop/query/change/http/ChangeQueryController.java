package org.specloop.query.change.http;

import org.specloop.contracts.change.ChangeStatus;
import org.specloop.contracts.change.ChangeTrigger;
import org.specloop.query.change.ChangeReadModel;
import org.specloop.query.change.ChangeSummary;
import org.specloop.query.change.ChangeView;
import org.specloop.query.change.FirstArticleView;
import org.specloop.query.change.PpapSubmissionView;
import org.specloop.query.shared.HistoryEntry;
import org.specloop.query.shared.ObjectHistory;
import org.specloop.query.shared.Page;
import org.specloop.query.shared.PageQuery;
import org.specloop.query.shared.Requests;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Read-only views of the engineering change board. */
@RestController
@RequestMapping("/api/engineering-changes")
class ChangeQueryController {
    private final ChangeReadModel changes;
    private final ObjectHistory history;

    public ChangeQueryController(ChangeReadModel changes, ObjectHistory history) {
        this.changes = changes;
        this.history = history;
    }

    @GetMapping
    public Page<ChangeSummary> list(@RequestParam(required = false) String status,
                                    @RequestParam(required = false) String trigger,
                                    @RequestParam(required = false) String specificationId,
                                    @RequestParam(required = false) String page,
                                    @RequestParam(required = false) String size,
                                    @RequestParam(required = false) String sort) {
        PageQuery query = PageQuery.parse(page, size, sort, ChangeReadModel.SORTABLE, "raisedAt,desc");
        return changes.find(Requests.enumFilter("status", status, ChangeStatus.class),
                Requests.enumFilter("trigger", trigger, ChangeTrigger.class), Requests.textFilter(specificationId), query);
    }

    @GetMapping("/{id}")
    public ChangeView one(@PathVariable String id) {
        return changes.one(id).orElseThrow(() -> unknown(id));
    }

    @GetMapping("/{id}/history")
    public Page<HistoryEntry> history(@PathVariable String id, @RequestParam(required = false) String page,
                                      @RequestParam(required = false) String size) {
        PageQuery query = PageQuery.unsorted(page, size);
        if (!changes.exists(id)) {
            throw unknown(id);
        }
        return history.page(ChangeReadModel.OBJECT_TYPE, id, query);
    }

    /** The latest issue of the change's AS9102 first article record (Forms 1-3). */
    @GetMapping("/{id}/first-article")
    public FirstArticleView firstArticle(@PathVariable String id) {
        if (!changes.exists(id)) {
            throw unknown(id);
        }
        return changes.firstArticle(id).orElseThrow(() -> Requests.notFound("engineering change '" + id
                + "' has no first article record: only a planned source change has one"));
    }

    /** The change's AIAG PPAP submission at the plan's level, element by element, with the warrant's status. */
    @GetMapping("/{id}/ppap")
    public PpapSubmissionView ppap(@PathVariable String id) {
        if (!changes.exists(id)) {
            throw unknown(id);
        }
        return changes.ppap(id).orElseThrow(() -> Requests.notFound("engineering change '" + id
                + "' has no PPAP submission: its plan states no PPAP submission level"));
    }

    private static RuntimeException unknown(String id) {
        return Requests.notFound("no engineering change '" + id + "'");
    }
}
