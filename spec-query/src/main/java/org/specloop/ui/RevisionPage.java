package org.specloop.ui;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.specloop.contracts.common.SignatureMeaning;
import org.specloop.contracts.specification.ApproveRevision;
import org.specloop.contracts.specification.RejectRevision;
import org.specloop.contracts.specification.ReviewRevision;
import org.specloop.loop.policy.ControlCharts;
import org.specloop.query.shared.ObjectHistory;
import org.specloop.query.shared.PageQuery;
import org.specloop.query.shared.Requests;
import org.specloop.query.specification.RevisionBaseline;
import org.specloop.query.specification.RevisionDiff;
import org.specloop.query.specification.RevisionView;
import org.specloop.query.specification.SpecificationReadModel;
import org.specloop.query.specification.SpecificationSummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.security.Principal;
import java.util.List;
import java.util.Optional;

/**
 * One revision as the approver needs it: what changes against the revision in force, the measured
 * evidence, the decision trail, and the signing forms. Signing sends the same commands as the API.
 */
@Controller
class RevisionPage {
    private final SpecificationReadModel specifications;
    private final Evidence evidence;
    private final ObjectHistory history;
    private final CommandGateway commands;
    private final Display display;

    public RevisionPage(SpecificationReadModel specifications, Evidence evidence, ObjectHistory history,
                        CommandGateway commands, Display display) {
        this.specifications = specifications;
        this.evidence = evidence;
        this.history = history;
        this.commands = commands;
        this.display = display;
    }

    @GetMapping("/ui/specifications/{id}/revisions/{revision}")
    public String page(@PathVariable String id, @PathVariable int revision, Model model) {
        SpecificationSummary spec = specifications.summary(id)
                .orElseThrow(() -> Requests.notFound("no specification '" + id + "'"));
        RevisionView shown = specifications.revision(id, revision)
                .orElseThrow(() -> Requests.notFound("specification '" + id + "' has no revision " + revision));
        Optional<RevisionView> baseline = RevisionBaseline.of(specifications, spec, shown);
        model.addAttribute("spec", spec);
        model.addAttribute("rev", shown);
        model.addAttribute("baseline", baseline.orElse(null));
        model.addAttribute("diff", RevisionDiff.between(baseline.map(RevisionView::content).orElse(null), shown.content()));
        model.addAttribute("charts", evidence.controlCharts(spec.partNumber(), shown.content(),
                baseline.map(RevisionView::content).orElse(null)));
        model.addAttribute("chartTemperature", Math.round(ControlCharts.CHART_TEMPERATURE_C));
        model.addAttribute("history", history.page(SpecificationReadModel.OBJECT_TYPE, id,
                new PageQuery(0, 200, "natural", false)));
        model.addAttribute("zone", display.zone());
        model.addAttribute("overtakes", "PROPOSED".equals(shown.status()) ? olderPending(id, revision) : List.of());
        return "revision";
    }

    @GetMapping("/ui/specifications/{id}/revisions/{revision}/status")
    public String status(@PathVariable String id, @PathVariable int revision, Model model) {
        model.addAttribute("rev", specifications.revision(id, revision)
                .orElseThrow(() -> Requests.notFound("specification '" + id + "' has no revision " + revision)));
        return "revision :: status";
    }

    @PostMapping("/ui/specifications/{id}/revisions/{revision}/approval")
    public String approve(@PathVariable String id, @PathVariable int revision, @RequestParam(required = false) String reason,
                          @RequestParam(required = false) String effectiveDate, Principal principal, Model model) {
        Signature signature = Signature.of(principal, reason, effectiveDate, display.zone());
        commands.sendAndWait(new ApproveRevision(id, revision, signature.signer(), signature.reason(),
                SignatureMeaning.APPROVED, signature.effectiveFrom()));
        model.addAttribute("outcome", "Revision " + revision + " approved by " + signature.signer()
                + (signature.effectiveFrom() == null ? ", effective now." : ", effective from " + display.time(signature.effectiveFrom()) + "."));
        return "fragments :: outcome";
    }

    @PostMapping("/ui/specifications/{id}/revisions/{revision}/review")
    public String review(@PathVariable String id, @PathVariable int revision, @RequestParam(required = false) String reason,
                         Principal principal, Model model) {
        Signature signature = Signature.of(principal, reason, null, display.zone());
        commands.sendAndWait(new ReviewRevision(id, revision, signature.signer(), signature.reason(), SignatureMeaning.REVIEWED));
        model.addAttribute("outcome", "Revision " + revision + " signed as reviewed by " + signature.signer() + ".");
        return "fragments :: outcome";
    }

    @PostMapping("/ui/specifications/{id}/revisions/{revision}/rejection")
    public String reject(@PathVariable String id, @PathVariable int revision, @RequestParam(required = false) String reason,
                         Principal principal, Model model) {
        Signature signature = Signature.of(principal, reason, null, display.zone());
        commands.sendAndWait(new RejectRevision(id, revision, signature.signer(), signature.reason()));
        model.addAttribute("outcome", "Revision " + revision + " rejected by " + signature.signer() + ".");
        return "fragments :: outcome";
    }

    /**
     * Older revisions approved to come into force later: a revision approved now and in force before
     * that date is replaced by the older one when its date comes (the store keeps effectivity by date,
     * not by number), so the signer is warned before choosing the effective date.
     */
    private List<RevisionView> olderPending(String id, int revision) {
        return specifications.revisions(id).stream()
                .filter(r -> r.revision() < revision && "APPROVED".equals(r.status()) && r.effectiveFrom() != null)
                .toList();
    }
}
