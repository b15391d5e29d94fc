package org.specloop.app.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.specloop.infrastructure.web.BufferedBodyRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * Sits after authorization: only someone allowed to sign gets here, and the signature goes
 * through only when {@link SignerCheck} confirms who is signing. The password travels in the
 * body of the signing request (JSON field or form field 'password') and goes no further than here
 * in any stored form: the command carries the signer's name, never the password.
 */
final class SigningReauthenticationFilter extends OncePerRequestFilter {
    static final String PASSWORD = "password";
    private final SignerCheck signers;
    private final ProblemWriter problems;
    private final ObjectMapper json;

    SigningReauthenticationFilter(SignerCheck signers, ProblemWriter problems, ObjectMapper json) {
        this.signers = signers;
        this.problems = problems;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !SigningPaths.isSigning(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest forward = request;
        String password;
        if (isJson(request)) {
            BufferedBodyRequest body = new BufferedBodyRequest(request);
            password = passwordIn(body.body());
            forward = body;
        } else {
            password = request.getParameter(PASSWORD);
        }
        Optional<String> refusal = signers.refusal(SecurityContextHolder.getContext().getAuthentication(), password);
        if (refusal.isPresent()) {
            problems.write(response, HttpStatus.UNAUTHORIZED, "signature-not-confirmed",
                    "The signature needs re-authentication", refusal.get());
            return;
        }
        chain.doFilter(forward, response);
    }

    private static boolean isJson(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && MediaType.parseMediaType(type).isCompatibleWith(MediaType.APPLICATION_JSON);
    }

    private String passwordIn(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            JsonNode field = json.readTree(body).get(PASSWORD);
            return field != null && field.isTextual() ? field.asText() : null;
        } catch (IOException malformed) {
            // the controller names what is wrong with the body; here it simply carries no password
            return null;
        }
    }
}
