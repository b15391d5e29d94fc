package org.specloop.ui;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.specloop.contracts.specification.DraftRevision;
import org.specloop.query.shared.Requests;
import org.specloop.query.specification.RevisionView;
import org.specloop.query.specification.SpecificationReadModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

import java.security.Principal;
import java.util.Map;

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
        Object number = draft(id, revision, reason, principal);
        model.addAttribute("outcome", "Revision " + number + " drafted from the content of revision " + revision
                + "; propose it to have it approved.");
        // a loop's proposal, once rejected, is often the start of a person's own: the draft opens in the editor
        model.addAttribute("next", "/ui/specifications/" + id + "/revisions/" + number + "/edit");
        model.addAttribute("nextText", "Edit, propose or discard revision " + number);
        return "fragments :: outcome";
    }

    /**
     * The same step for a script: "Redraft from this proposal" (changework.js) rejects the proposal over
     * the API with a signature first, then drafts its content here and opens the editor this names.
     */
    @PostMapping(path = "/ui/specifications/{id}/revisions/{revision}/redraft", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public Map<String, Object> redraftForScript(@PathVariable String id, @PathVariable int revision,
                                                @RequestBody(required = false) RedraftRequest request, Principal principal) {
        Object number = draft(id, revision, request == null ? null : request.reason(), principal);
        return Map.of("specificationId", id, "revision", number, "from", revision,
                "editor", "/ui/specifications/" + id + "/revisions/" + number + "/edit");
    }

    /** The JSON body of the script's request: why the content is drafted again. */
    public record RedraftRequest(String reason) {
    }

    private Object draft(String id, int revision, String reason, Principal principal) {
        if (principal == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "sign in to draft");
        }
        RevisionView source = specifications.revision(id, revision)
                .orElseThrow(() -> Requests.notFound("specification '" + id + "' has no revision " + revision));
        return commands.sendAndWait(new DraftRevision(id, source.content(), Signature.reason(reason), principal.getName()));
    }
}
