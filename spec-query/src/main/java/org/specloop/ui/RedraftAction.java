package org.specloop.ui;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.specloop.contracts.specification.DraftRevision;
import org.specloop.query.shared.Requests;
import org.specloop.query.specification.RevisionView;
import org.specloop.query.specification.SpecificationReadModel;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.security.Principal;

/**
 * Going back to an earlier revision is a new revision: its content is drafted again under a new
 * number, with a reason, and then goes through proposal and four-eyes approval like any other.
 * History is never rewritten.
 */
@Controller
class RedraftAction {
    private final SpecificationReadModel specifications;
    private final CommandGateway commands;

    public RedraftAction(SpecificationReadModel specifications, CommandGateway commands) {
        this.specifications = specifications;
        this.commands = commands;
    }

    @PostMapping("/ui/specifications/{id}/revisions/{revision}/redraft")
    public String redraft(@PathVariable String id, @PathVariable int revision, @RequestParam(required = false) String reason,
                          Principal principal, Model model) {
        if (principal == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "sign in to draft");
        }
        RevisionView source = specifications.revision(id, revision)
                .orElseThrow(() -> Requests.notFound("specification '" + id + "' has no revision " + revision));
        Object number = commands.sendAndWait(new DraftRevision(id, source.content(),
                Signature.reason(reason), principal.getName()));
        model.addAttribute("outcome", "Revision " + number + " drafted from the content of revision " + revision
                + "; propose it to have it approved.");
        // a loop's proposal, once rejected, is often the start of a person's own: the draft opens in the editor
        model.addAttribute("next", "/ui/specifications/" + id + "/revisions/" + number + "/edit");
        model.addAttribute("nextText", "Edit, propose or discard revision " + number);
        return "fragments :: outcome";
    }
}
