package org.specloop.ui;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The quality engineer's start page: what waits for a decision, overdue first. */
@Controller
class InboxPage {
    private final Inbox inbox;

    public InboxPage(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/ui/inbox")
    public String page(Model model) {
        model.addAttribute("items", inbox.pending());
        return "inbox";
    }

    @GetMapping("/ui/inbox/items")
    public String items(Model model) {
        model.addAttribute("items", inbox.pending());
        return "inbox :: items";
    }
}
