package org.specloop.ui;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The log-in form; the security configuration in deploy processes what it posts. */
@Controller
class LoginPage {

    @GetMapping("/login")
    public String login() {
        return "login";
    }

    @GetMapping({"/", "/ui"})
    public String home() {
        return "redirect:/ui/inbox";
    }
}
