package org.specloop.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Rigs and labs send X-Api-Key. The key is compared by its SHA-256 in constant time, so the
 * configuration never holds it in clear; a wrong key is refused outright rather than falling
 * through to anonymous, so a misconfigured rig learns about it on its first request.
 */
final class ApiKeyAuthenticationFilter extends OncePerRequestFilter {
    static final String HEADER = "X-Api-Key";
    private final List<SecuritySettings.ApiKey> keys;
    private final ProblemWriter problems;

    ApiKeyAuthenticationFilter(List<SecuritySettings.ApiKey> keys, ProblemWriter problems) {
        this.keys = keys;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = request.getHeader(HEADER);
        if (presented == null) {
            chain.doFilter(request, response);
            return;
        }
        byte[] digest = HexFormat.of().formatHex(sha256(presented.trim())).getBytes(StandardCharsets.US_ASCII);
        SecuritySettings.ApiKey match = null;
        for (SecuritySettings.ApiKey key : keys) {
            byte[] expected = key.keySha256().trim().toLowerCase().getBytes(StandardCharsets.US_ASCII);
            if (MessageDigest.isEqual(digest, expected)) {
                match = key;
            }
        }
        if (match == null) {
            problems.write(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "Unknown API key",
                    "the " + HEADER + " header does not name a configured key");
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new MachineAuthentication(match.name(),
                match.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
