package org.specloop.ui.search;

import org.specloop.query.search.SearchQuery;
import org.specloop.query.search.SearchResults;
import org.specloop.query.search.SiteSearch;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Optional;

/**
 * The results of the header's search box, grouped by kind. A query that is exactly the id of one lot
 * or one specification opens that page, since whoever types a whole id wants that thing; {@code list=true}
 * shows the list anyway (the results page links it as "all matches").
 */
@Controller
class SearchPage {
    private final SiteSearch search;

    SearchPage(SiteSearch search) {
        this.search = search;
    }

    @GetMapping("/ui/search")
    public String results(@RequestParam(required = false) String q, @RequestParam(required = false) String list,
                          Model model) {
        SearchQuery query = SearchQuery.parse(q);
        SearchResults results = search.find(query);
        Optional<String> page = "true".equals(list) ? Optional.empty() : ExactHit.pageOf(results, query);
        if (page.isPresent()) {
            return "redirect:" + page.get();
        }
        model.addAttribute("results", results);
        model.addAttribute("searched", results.q());
        return "search";
    }
}
