package org.specloop.infrastructure.web;

import org.specloop.command.kernel.FieldError;
import org.specloop.command.kernel.RequestValidationException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

import java.security.Principal;
import java.util.List;

/**
 * Who is asking: the authenticated principal when security is on, otherwise the X-Actor header
 * that machine and scripted clients send in the embedded mode. Every command records it.
 */
@Component
public class CurrentActor {
    public static final String HEADER = "X-Actor";
    private final HttpServletRequest request;

    public CurrentActor(HttpServletRequest request) {
        this.request = request;
    }

    public String name() {
        Principal principal = request.getUserPrincipal();
        if (principal != null && principal.getName() != null) {
            return principal.getName();
        }
        String header = request.getHeader(HEADER);
        if (header == null || header.isBlank()) {
            throw new RequestValidationException(List.of(new FieldError("header " + HEADER,
                    "is required: name the user or system on whose behalf this request is made")));
        }
        return header.trim();
    }
}
