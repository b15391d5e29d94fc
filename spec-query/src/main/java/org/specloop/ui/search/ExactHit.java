package org.specloop.ui.search;

import org.specloop.query.search.SearchQuery;
import org.specloop.query.search.SearchResults;
import org.springframework.web.util.UriComponentsBuilder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The page to go straight to: only when exactly one lot or specification has the typed id (ignoring
 * case). Part numbers, motors and sources have no single page that is obviously meant, so they list.
 */
final class ExactHit {
    private ExactHit() {
    }

    static Optional<String> pageOf(SearchResults results, SearchQuery query) {
        List<String> pages = new ArrayList<>();
        results.lots().items().stream().filter(l -> query.isExactly(l.lotId()))
                .forEach(l -> pages.add(path("/ui/lots/{id}", l.lotId())));
        results.specifications().items().stream().filter(s -> query.isExactly(s.specificationId()))
                .forEach(s -> pages.add(path("/ui/specifications/{id}", s.specificationId())));
        return pages.size() == 1 ? Optional.of(pages.get(0)) : Optional.empty();
    }

    private static String path(String template, String id) {
        return UriComponentsBuilder.fromPath(template).buildAndExpand(id).encode().toUriString();
    }
}
