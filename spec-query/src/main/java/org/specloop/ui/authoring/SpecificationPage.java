package org.specloop.ui.authoring;

import org.specloop.query.shared.ObjectHistory;
import org.specloop.query.shared.PageQuery;
import org.specloop.query.shared.Requests;
import org.specloop.query.specification.RevisionView;
import org.specloop.query.specification.SpecificationReadModel;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One specification with all its revisions and where each stands, and the way on: the open draft's
 * editor, the open proposal's page, or a new draft when nothing is open (the aggregate allows one).
 */
@Controller
class SpecificationPage {
    private final SpecificationReadModel specifications;
    private final ObjectHistory history;

    SpecificationPage(SpecificationReadModel specifications, ObjectHistory history) {
        this.specifications = specifications;
        this.history = history;
    }

    @GetMapping("/ui/specifications/{id}")
    public String page(@PathVariable String id, Model model) {
        model.addAttribute("spec", specifications.summary(id)
                .orElseThrow(() -> Requests.notFound("no specification '" + id + "'")));
        List<RevisionView> revisions = specifications.revisions(id);
        List<RevisionView> newestFirst = new ArrayList<>(revisions);
        Collections.reverse(newestFirst);
        model.addAttribute("revisions", newestFirst);
        model.addAttribute("open", revisions.stream()
                .filter(r -> "DRAFT".equals(r.status()) || "PROPOSED".equals(r.status())).findFirst().orElse(null));
        model.addAttribute("history", history.page(SpecificationReadModel.OBJECT_TYPE, id,
                new PageQuery(0, 200, "natural", false)));
        return "specification";
    }
}
