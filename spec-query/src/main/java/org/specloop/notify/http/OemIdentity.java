package org.specloop.notify.http;

import jakarta.servlet.http.HttpServletRequest;

import java.security.Principal;
import java.util.List;

/**
 * Which OEM is asking: the authenticated principal when security is on, else the X-Actor header
 * of the embedded mode. A later security issue maps OEM roles onto principals; until then every
 * subscription belongs to the name given here, and nobody else can see or change it.
 */
final class OemIdentity {
    static final String HEADER = "X-Actor";

    private OemIdentity() {
    }

    static String of(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        if (principal != null && principal.getName() != null && !principal.getName().isBlank()) {
            return principal.getName();
        }
        String header = request.getHeader(HEADER);
        if (header == null || header.isBlank()) {
            throw NotifyRequestException.invalid(List.of(new FieldProblem("header " + HEADER,
                    "is required: name the OEM on whose behalf this request is made")));
        }
        return header.trim();
    }
}
