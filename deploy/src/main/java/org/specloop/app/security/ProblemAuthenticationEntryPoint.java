package org.specloop.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;

/** 401 and 403 for API clients as RFC 9457 problems, like every other refusal of SpecLoop. */
final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {
    private final ProblemWriter problems;
    private final String challenge;

    ProblemAuthenticationEntryPoint(ProblemWriter problems, String challenge) {
        this.problems = problems;
        this.challenge = challenge;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        response.setHeader("WWW-Authenticate", challenge);
        // a refused bearer token says why (expired, another issuer or audience, unknown key), as RFC 6750's
        // error_description would: the caller can tell a stale token from a misconfigured client
        String detail = e instanceof OAuth2AuthenticationException refused && refused.getError().getDescription() != null
                ? "the bearer token was refused: " + refused.getError().getDescription()
                : "sign in: HTTP Basic, a bearer token, or an X-Api-Key for machines";
        problems.write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Authentication required", detail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        // The CSRF filter runs before the request is wrapped with its principal, so the signed-in session
        // is read from the security context; an anonymous change refused for its token is asked to sign in.
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated()) {
            commence(request, response, new InsufficientAuthenticationException(e.getMessage(), e));
            return;
        }
        if (e instanceof CsrfException) {
            problems.write(response, HttpStatus.FORBIDDEN, "csrf", "The form has expired or did not come from SpecLoop",
                    "reload the page and try again; changes from a browser session need the page's CSRF token");
            return;
        }
        problems.write(response, HttpStatus.FORBIDDEN, "forbidden", "Not allowed for your role",
                "'" + who.getName()
                        + "' may not " + request.getMethod() + " " + request.getRequestURI()
                        + " (see docs/security.md for the role matrix)");
    }
}
