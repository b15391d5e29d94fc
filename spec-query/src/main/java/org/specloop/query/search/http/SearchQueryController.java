package org.specloop.query.search.http;

import org.specloop.query.search.SearchQuery;
import org.specloop.query.search.SearchResults;
import org.specloop.query.search.SiteSearch;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The workspace's search box for integrators: the same kinds, limits and order as /ui/search. */
@RestController
class SearchQueryController {
    private final SiteSearch search;

    SearchQueryController(SiteSearch search) {
        this.search = search;
    }

    @GetMapping("/api/search")
    public SearchResults search(@RequestParam(required = false) String q) {
        return search.find(SearchQuery.parse(q));
    }
}
