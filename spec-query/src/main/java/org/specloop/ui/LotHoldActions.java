package org.specloop.ui;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.specloop.contracts.lot.HoldLot;
import org.specloop.contracts.lot.ReleaseLot;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.security.Principal;

/**
 * A quality engineer's manual hold and its release from the lot page. Releasing follows the lot's rule
 * (only a conforming lot, docs/lots.md); a refusal comes back as a problem and is shown inline.
 */
@Controller
class LotHoldActions {
    private final CommandGateway commands;

    public LotHoldActions(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/ui/lots/{id}/hold")
    public String hold(@PathVariable String id, @RequestParam(required = false) String reason,
                       @RequestParam(required = false) String publicReason, Principal principal, Model model) {
        String who = person(principal);
        commands.sendAndWait(new HoldLot(id, reason == null ? "" : reason.trim(), who, optional(publicReason)));
        model.addAttribute("outcome", "Lot " + id + " held by " + who + ".");
        return "fragments :: outcome";
    }

    @PostMapping("/ui/lots/{id}/release")
    public String release(@PathVariable String id, @RequestParam(required = false) String reason,
                          @RequestParam(required = false) String publicReason, Principal principal, Model model) {
        String who = person(principal);
        commands.sendAndWait(new ReleaseLot(id, reason == null ? "" : reason.trim(), who, optional(publicReason)));
        model.addAttribute("outcome", "Manual hold of lot " + id + " lifted by " + who + ".");
        return "fragments :: outcome";
    }

    /** What subscribed OEMs are told instead of the reason; an empty field means the standard text. */
    private static String optional(String publicReason) {
        return publicReason == null || publicReason.isBlank() ? null : publicReason.strip();
    }

    private static String person(Principal principal) {
        if (principal == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "sign in to hold or release a lot");
        }
        return principal.getName();
    }
}
