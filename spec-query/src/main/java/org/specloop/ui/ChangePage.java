package org.specloop.ui;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.specloop.contracts.change.ApproveEngineeringChange;
import org.specloop.contracts.change.ChangeStatus;
import org.specloop.contracts.change.ChangeTrigger;
import org.specloop.contracts.change.RejectEngineeringChange;
import org.specloop.contracts.common.SignatureMeaning;
import org.specloop.query.change.ChangeReadModel;
import org.specloop.query.change.ChangeView;
import org.specloop.query.change.PlanItemView;
import org.specloop.query.shared.ObjectHistory;
import org.specloop.query.shared.PageQuery;
import org.specloop.query.shared.Requests;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.security.Principal;
import java.util.Arrays;
import java.util.Set;

/** Engineering changes: the board, and one change with its plan, evidence completeness and decision. */
@Controller
class ChangePage {
    private static final Set<String> UNDECIDED = Set.of(ChangeStatus.RAISED.name(), ChangeStatus.PLANNED.name(),
            ChangeStatus.EVIDENCE_COMPLETE.name());
    private final ChangeReadModel changes;
    private final ObjectHistory history;
    private final CommandGateway commands;
    private final Display display;

    public ChangePage(ChangeReadModel changes, ObjectHistory history, CommandGateway commands, Display display) {
        this.changes = changes;
        this.history = history;
        this.commands = commands;
        this.display = display;
    }

    @GetMapping("/ui/engineering-changes")
    public String list(@RequestParam(required = false) String status, @RequestParam(required = false) String trigger,
                       @RequestParam(required = false) String specificationId, @RequestParam(required = false) String page,
                       Model model) {
        ChangeFilter filter = new ChangeFilter(Requests.enumFilter("status", status, ChangeStatus.class),
                Requests.enumFilter("trigger", trigger, ChangeTrigger.class), Requests.textFilter(specificationId));
        model.addAttribute("result", changes.find(filter.status(), filter.trigger(), filter.specificationId(),
                PageQuery.parse(page, "50", "raisedAt,desc", ChangeReadModel.SORTABLE, "raisedAt,desc")));
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", Arrays.stream(ChangeStatus.values()).map(Enum::name).toList());
        model.addAttribute("triggers", Arrays.stream(ChangeTrigger.values()).map(Enum::name).toList());
        return "changes";
    }

    /** The list's current filter, echoed into the form, the page links and the export link. */
    public record ChangeFilter(String status, String trigger, String specificationId) {
    }

    @GetMapping("/ui/engineering-changes/{id}")
    public String one(@PathVariable String id, Model model) {
        ChangeView change = changes.one(id).orElseThrow(() -> Requests.notFound("no engineering change '" + id + "'"));
        int required = change.planItems().stream().mapToInt(PlanItemView::required).sum();
        int received = change.planItems().stream().mapToInt(item -> Math.min(item.received(), item.required())).sum();
        model.addAttribute("c", change);
        // the aggregate takes evidence and lots until the change is decided
        model.addAttribute("undecided", UNDECIDED.contains(change.change().status()));
        model.addAttribute("completeness", required == 0 ? 0 : Math.round(100.0 * received / required));
        model.addAttribute("received", received);
        model.addAttribute("required", required);
        model.addAttribute("fai", changes.firstArticle(id).orElse(null));
        model.addAttribute("ppap", changes.ppap(id).orElse(null));
        model.addAttribute("history", history.page(ChangeReadModel.OBJECT_TYPE, id, new PageQuery(0, 200, "natural", false)));
        return "change";
    }

    @PostMapping("/ui/engineering-changes/{id}/approval")
    public String approve(@PathVariable String id, @RequestParam(required = false) String reason,
                          @RequestParam(required = false) String publicReason, Principal principal, Model model) {
        Signature signature = Signature.of(principal, reason, null, display.zone());
        commands.sendAndWait(new ApproveEngineeringChange(id, signature.signer(), signature.reason(), SignatureMeaning.APPROVED,
                Signature.publicReason(publicReason)));
        model.addAttribute("outcome", "Engineering change " + id + " approved by " + signature.signer() + ".");
        return "fragments :: outcome";
    }

    @PostMapping("/ui/engineering-changes/{id}/rejection")
    public String reject(@PathVariable String id, @RequestParam(required = false) String reason,
                         @RequestParam(required = false) String publicReason, Principal principal, Model model) {
        Signature signature = Signature.of(principal, reason, null, display.zone());
        commands.sendAndWait(new RejectEngineeringChange(id, signature.signer(), signature.reason(),
                Signature.publicReason(publicReason)));
        model.addAttribute("outcome", "Engineering change " + id + " rejected by " + signature.signer() + ".");
        return "fragments :: outcome";
    }
}
