package org.specloop.ui;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page the browser navigated to (a lot that does not exist, a hand-edited filter) answers with a
 * workspace page that says what went wrong, not raw problem+json. Requests made by the page's own
 * scripts (htmx forms and fragments) still get problem+json: ui.js shows it beside the form.
 * Ordered first so that it, not the API's problem handler, answers for the workspace's controllers.
 */
@ControllerAdvice(basePackageClasses = UiProblemPages.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class UiProblemPages {

    @ExceptionHandler(ResponseStatusException.class)
    Object refused(ResponseStatusException e, HttpServletRequest request) {
        if (!navigation(request)) {
            return ResponseEntity.status(e.getStatusCode()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(e.getBody());
        }
        HttpStatus status = HttpStatus.valueOf(e.getStatusCode().value());
        ModelAndView page = new ModelAndView("problem");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("title", status.getReasonPhrase());
        page.addObject("detail", e.getReason());
        // exception views do not get the @ModelAttribute values of Viewer: the header needs the signed-in name
        page.addObject("viewer", request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName());
        return page;
    }

    /** A GET the browser made to show a page: not an htmx request and not a script asking for JSON. */
    private static boolean navigation(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return "GET".equals(request.getMethod()) && request.getHeader("HX-Request") == null
                && accept != null && accept.contains("text/html");
    }
}
