package org.specloop.app.deadletter;

import org.specloop.app.deadletter.DeadLetterViews.GroupSummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import java.security.Principal;
import java.util.List;
import java.util.Optional;

/**
 * The administrator's page of parked events: groups with their counts, the parked sequences of one group
 * with each entry's event and error, and the retry and evict (with a reason) actions of the API. It lives
 * beside the API rather than in the workspace module because the dead-letter queues belong to every side.
 */
@Controller
class DeadLetterPage {
    static final String PATH = "/ui/admin/dead-letters";
    private final DeadLetterAdmin admin;

    DeadLetterPage(DeadLetterAdmin admin) {
        this.admin = admin;
    }

    @GetMapping(PATH)
    String page(@RequestParam(required = false) String group, @RequestParam(defaultValue = "0") int page,
                Model model, Principal who) {
        List<GroupSummary> groups = admin.groups();
        model.addAttribute("viewer", who == null ? null : who.getName());
        model.addAttribute("isAdmin", true); // only administrators reach this page (EndpointRules)
        model.addAttribute("groups", groups);
        model.addAttribute("selected", group);
        if (group != null && groups.stream().anyMatch(g -> g.group().equals(group))) {
            model.addAttribute("sequences", admin.sequences(group, Math.max(0, page), 20));
        }
        model.addAttribute("evictions", admin.evictions(group, 0, 10).items());
        return "dead-letters";
    }

    @PostMapping(PATH + "/{group}/retry")
    String retry(@PathVariable String group, @RequestParam(required = false) String sequence, RedirectAttributes flash) {
        try {
            var result = admin.retry(group, Optional.ofNullable(sequence).filter(s -> !s.isBlank()));
            flash.addFlashAttribute("outcome", "Retried: %d sequence(s) processed, %d failed again; %d event(s) still parked."
                    .formatted(result.processed(), result.failed(), result.parkedEvents()));
        } catch (DeadLetterRefused e) {
            flash.addFlashAttribute("problem", e.getMessage());
        }
        return back(group);
    }

    @PostMapping(PATH + "/{group}/evict")
    String evict(@PathVariable String group, @RequestParam String target, @RequestParam(required = false) String reason,
                 Principal who, RedirectAttributes flash) {
        try {
            int evicted = admin.evict(group, target, reason, who.getName()).size();
            flash.addFlashAttribute("outcome", "Evicted %d event(s); the reason is recorded.".formatted(evicted));
        } catch (DeadLetterRefused e) {
            flash.addFlashAttribute("problem", e.getMessage());
        }
        return back(group);
    }

    private static String back(String group) {
        return "redirect:" + UriComponentsBuilder.fromPath(PATH).queryParam("group", group).encode().build().toUriString();
    }
}
