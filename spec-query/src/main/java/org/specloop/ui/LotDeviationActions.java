package org.specloop.ui;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.specloop.contracts.common.SignatureMeaning;
import org.specloop.contracts.lot.ApproveLotDeviation;
import org.specloop.contracts.lot.DeviationDisposition;
import org.specloop.contracts.lot.RejectLotDeviation;
import org.specloop.contracts.lot.RequestLotDeviation;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.security.Principal;
import java.util.Locale;
import java.util.UUID;

/**
 * Material review from the lot page: a quality engineer asks for a deviation, a second person signs
 * or refuses it with the same signing form as revisions (password checked by the security filter).
 * The lot aggregate holds the rules (four eyes, one open deviation, only lots that do not conform).
 */
@Controller
class LotDeviationActions {
    private final CommandGateway commands;
    private final Display display;

    public LotDeviationActions(CommandGateway commands, Display display) {
        this.commands = commands;
        this.display = display;
    }

    @PostMapping("/ui/lots/{id}/deviations")
    public String request(@PathVariable String id, @RequestParam(required = false) String disposition,
                          @RequestParam(required = false) String reason, Principal principal, Model model) {
        if (principal == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "sign in to ask for a deviation");
        }
        DeviationDisposition asked = disposition(disposition);
        String deviationId = "DEV-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        commands.sendAndWait(new RequestLotDeviation(id, deviationId, asked, reason == null ? "" : reason.trim(),
                principal.getName()));
        model.addAttribute("outcome", "Deviation " + deviationId + " (" + display.label(asked.name()) + ") requested by "
                + principal.getName() + "; it takes effect when a second person signs it.");
        return "fragments :: outcome";
    }

    @PostMapping("/ui/lots/{id}/deviations/{deviationId}/approval")
    public String approve(@PathVariable String id, @PathVariable String deviationId,
                          @RequestParam(required = false) String reason, Principal principal, Model model) {
        Signature signature = Signature.of(principal, reason, null, display.zone());
        commands.sendAndWait(new ApproveLotDeviation(id, deviationId, signature.signer(), signature.reason(),
                SignatureMeaning.APPROVED));
        model.addAttribute("outcome", "Deviation " + deviationId + " signed by " + signature.signer() + ".");
        return "fragments :: outcome";
    }

    @PostMapping("/ui/lots/{id}/deviations/{deviationId}/rejection")
    public String reject(@PathVariable String id, @PathVariable String deviationId,
                         @RequestParam(required = false) String reason, Principal principal, Model model) {
        Signature signature = Signature.of(principal, reason, null, display.zone());
        commands.sendAndWait(new RejectLotDeviation(id, deviationId, signature.signer(), signature.reason()));
        model.addAttribute("outcome", "Deviation " + deviationId + " rejected by " + signature.signer() + ".");
        return "fragments :: outcome";
    }

    private static DeviationDisposition disposition(String text) {
        try {
            return DeviationDisposition.valueOf(text == null ? "" : text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "choose a disposition: use as is, rework, scrap or return to supplier");
        }
    }
}
