package org.specloop.ui;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.ArrayList;
import java.util.List;

/**
 * The quality engineer's start page: what waits for a decision, overdue first, in two lists: what the reader can
 * act on now, and what waits on somebody else (another approver, because the reader authored it, or another role).
 */
@Controller
class InboxPage {
    private final Inbox inbox;

    public InboxPage(Inbox inbox) {
        this.inbox = inbox;
    }

    /** An item of the "waiting on others" list, with why. */
    record Waiting(InboxItem item, String because) {
    }

    @GetMapping("/ui/inbox")
    public String page(HttpServletRequest request, Model model) {
        split(request, model);
        return "inbox";
    }

    @GetMapping("/ui/inbox/items")
    public String items(HttpServletRequest request, Model model) {
        split(request, model);
        return "inbox :: items";
    }

    private void split(HttpServletRequest request, Model model) {
        String viewer = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
        List<InboxItem> mine = new ArrayList<>();
        List<Waiting> others = new ArrayList<>();
        for (InboxItem item : inbox.pending()) {
            String because = item.waitsOnOthersBecause(viewer, request::isUserInRole);
            if (because == null) {
                mine.add(item);
            } else {
                others.add(new Waiting(item, because));
            }
        }
        model.addAttribute("mine", mine);
        model.addAttribute("others", others);
    }
}
