package org.specloop.ui.authoring;

import org.specloop.query.shared.PageQuery;
import org.specloop.query.shared.Requests;
import org.specloop.query.specification.SpecificationReadModel;
import org.specloop.query.specification.SpecificationSearch;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** All specifications, searched as one types; the table alone is re-rendered for each keystroke and page. */
@Controller
class SpecificationListPage {
    private final SpecificationSearch search;

    SpecificationListPage(SpecificationSearch search) {
        this.search = search;
    }

    @GetMapping("/ui/specifications")
    public String list(@RequestParam(required = false) String q, @RequestParam(required = false) String state,
                       @RequestParam(required = false) String page, @RequestParam(required = false) String size,
                       @RequestParam(required = false) String sort, Model model) {
        fill(model, q, state, page, size, sort);
        return "specifications";
    }

    @GetMapping("/ui/specifications/rows")
    public String rows(@RequestParam(required = false) String q, @RequestParam(required = false) String state,
                       @RequestParam(required = false) String page, @RequestParam(required = false) String size,
                       @RequestParam(required = false) String sort, Model model) {
        fill(model, q, state, page, size, sort);
        return "specifications :: table";
    }

    private void fill(Model model, String q, String state, String page, String size, String sort) {
        String sortOrDefault = sort == null || sort.isBlank() ? "specificationId,asc" : sort;
        PageQuery query = PageQuery.parse(page, size, sortOrDefault, SpecificationReadModel.SORTABLE, "specificationId");
        String stateName = Requests.enumFilter("state", state, SpecificationSearch.State.class);
        model.addAttribute("result", search.find(Requests.textFilter(q),
                stateName == null ? null : SpecificationSearch.State.valueOf(stateName), query));
        model.addAttribute("filter", new SpecFilter(Requests.textFilter(q), stateName, sortOrDefault, query.size()));
    }

    /** The list's current search and order, echoed into the form and the sort and page links. */
    public record SpecFilter(String q, String state, String sort, int size) {
        public String sortBy(String field) {
            boolean ascending = sort.equals(field + ",asc") || sort.equals(field);
            return field + (ascending ? ",desc" : ",asc");
        }

        public String ariaSort(String field) {
            if (!sort.startsWith(field + ",") && !sort.equals(field)) {
                return "none";
            }
            return sort.endsWith(",desc") ? "descending" : "ascending";
        }
    }
}
