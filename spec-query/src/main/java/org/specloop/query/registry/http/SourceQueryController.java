package org.specloop.query.registry.http;

import org.specloop.contracts.source.Tier;
import org.specloop.query.shared.HistoryEntry;
import org.specloop.query.shared.ObjectHistory;
import org.specloop.query.shared.Page;
import org.specloop.query.shared.PageQuery;
import org.specloop.query.shared.Requests;
import org.specloop.query.registry.SourceReadModel;
import org.specloop.query.registry.SourceView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/** Read-only views of supply sources, with certificates expired as of today flagged as findings. */
@RestController
@RequestMapping("/api/sources")
class SourceQueryController {
    private final SourceReadModel sources;
    private final ObjectHistory history;
    private final Clock clock;

    public SourceQueryController(SourceReadModel sources, ObjectHistory history, Clock clock) {
        this.sources = sources;
        this.history = history;
        this.clock = clock;
    }

    @GetMapping
    public Page<SourceView> list(@RequestParam(required = false) String tier,
                                 @RequestParam(required = false) String country,
                                 @RequestParam(required = false) String expired,
                                 @RequestParam(required = false) String page,
                                 @RequestParam(required = false) String size,
                                 @RequestParam(required = false) String sort) {
        PageQuery query = PageQuery.parse(page, size, sort, SourceReadModel.SORTABLE, "name");
        String countryCode = Requests.textFilter(country);
        if (countryCode != null && !countryCode.matches("[A-Za-z]{2}")) {
            throw Requests.badRequest("country must be an ISO 3166 alpha-2 code such as DE, got '" + country + "'");
        }
        return sources.find(Requests.enumFilter("tier", tier, Tier.class),
                countryCode == null ? null : countryCode.toUpperCase(Locale.ROOT),
                Requests.booleanFilter("expired", expired), LocalDate.now(clock), query);
    }

    @GetMapping("/{id}")
    public SourceView one(@PathVariable String id) {
        return sources.one(id, LocalDate.now(clock)).orElseThrow(() -> unknown(id));
    }

    @GetMapping("/{id}/history")
    public Page<HistoryEntry> history(@PathVariable String id, @RequestParam(required = false) String page,
                                      @RequestParam(required = false) String size) {
        PageQuery query = PageQuery.unsorted(page, size);
        sources.one(id, LocalDate.now(clock)).orElseThrow(() -> unknown(id));
        return history.page(SourceReadModel.OBJECT_TYPE, id, query);
    }

    private static RuntimeException unknown(String id) {
        return Requests.notFound("no source '" + id + "'");
    }
}
