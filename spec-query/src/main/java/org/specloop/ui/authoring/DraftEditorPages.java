package org.specloop.ui.authoring;

import org.specloop.contracts.specification.RevisionContent;
import org.specloop.contracts.specification.SourcingRules;
import org.specloop.query.shared.Requests;
import org.specloop.query.specification.RevisionView;
import org.specloop.query.specification.SpecificationReadModel;
import org.specloop.query.specification.SpecificationSummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.Comparator;
import java.util.List;

/**
 * The one content editor in its three uses: a new specification (POST /api/specifications), a new
 * draft starting from the content in force (POST .../revisions), and a draft being edited (PUT
 * .../revisions/{n}, then propose or discard). The page carries the API call; ui.js sends it.
 */
@Controller
class DraftEditorPages {
    private final SpecificationReadModel specifications;

    DraftEditorPages(SpecificationReadModel specifications) {
        this.specifications = specifications;
    }

    @GetMapping("/ui/specifications/new")
    public String newSpecification(Model model) {
        model.addAttribute("mode", "create");
        model.addAttribute("pageTitle", "New specification");
        model.addAttribute("content", new RevisionContent(List.of(), List.of(), SourcingRules.none(), null));
        model.addAttribute("baseline", null);
        return "draft";
    }

    @GetMapping("/ui/specifications/{id}/revisions/new")
    public String newDraft(@PathVariable String id, Model model) {
        SpecificationSummary spec = spec(id);
        RevisionView start = startingPoint(spec);
        model.addAttribute("mode", "draft");
        model.addAttribute("pageTitle", id + " new draft");
        model.addAttribute("spec", spec);
        model.addAttribute("startedFrom", start);
        model.addAttribute("content", start == null ? new RevisionContent(List.of(), List.of(), SourcingRules.none(), null)
                : start.content());
        model.addAttribute("baseline", inForce(spec));
        return "draft";
    }

    @GetMapping("/ui/specifications/{id}/revisions/{revision}/edit")
    public String edit(@PathVariable String id, @PathVariable int revision, Model model) {
        SpecificationSummary spec = spec(id);
        RevisionView draft = specifications.revision(id, revision)
                .orElseThrow(() -> Requests.notFound("specification '" + id + "' has no revision " + revision));
        if (!"DRAFT".equals(draft.status())) {
            throw Requests.badRequest("revision " + revision + " is " + draft.status() + "; only a draft can be edited");
        }
        model.addAttribute("mode", "edit");
        model.addAttribute("pageTitle", id + " rev " + revision + " draft");
        model.addAttribute("spec", spec);
        model.addAttribute("rev", draft);
        model.addAttribute("content", draft.content());
        model.addAttribute("baseline", inForce(spec));
        return "draft";
    }

    private SpecificationSummary spec(String id) {
        return specifications.summary(id).orElseThrow(() -> Requests.notFound("no specification '" + id + "'"));
    }

    private RevisionView inForce(SpecificationSummary spec) {
        return spec.effectiveRevision() == null ? null
                : specifications.revision(spec.specificationId(), spec.effectiveRevision()).orElse(null);
    }

    /** The content in force, else the latest revision's (a spec whose first revision was rejected starts from it). */
    private RevisionView startingPoint(SpecificationSummary spec) {
        RevisionView inForce = inForce(spec);
        if (inForce != null) {
            return inForce;
        }
        return specifications.revisions(spec.specificationId()).stream().max(Comparator.comparingInt(RevisionView::revision))
                .flatMap(r -> specifications.revision(spec.specificationId(), r.revision())).orElse(null);
    }
}
