package org.specloop.app.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers, for a short while, that a user name and password were verified, so that an API client calling with
 * HTTP Basic pays bcrypt once per {@code ttl} instead of on every request. bcrypt is slow on purpose (tens of
 * milliseconds of CPU): the plant benchmark's scripted clients, polling a lot every 10 ms with Basic, made bcrypt the
 * hottest frame of the whole run (JFR: 13 % of the samples), CPU the processors and the reads then lacked.
 *
 * <p>Only successes are remembered, as a salted SHA-256 of name and password (the salt is random per process, so the
 * memory holds nothing a password list could be checked against offline); a wrong password always goes to bcrypt,
 * and is never compared with a remembered one except to miss. An entry lives {@code ttl} from its verification,
 * whatever its use, so a user removed or given another password is refused at the latest {@code ttl} later (the
 * configured users change with a restart, which clears it anyway). Signatures do not come here: signing asks for
 * the password again and {@link SignerCheck} verifies it with bcrypt every time. At most {@code capacity} entries;
 * when full, expired ones are dropped first, else all (a cache, not a record).
 */
final class VerifiedPasswords implements AuthenticationProvider {
    private final AuthenticationProvider delegate;
    private final Duration ttl;
    private final int capacity;
    private final Clock clock;
    private final byte[] salt = new byte[32];
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    private record Verified(byte[] digest, Authentication result, Instant until) {
    }

    VerifiedPasswords(AuthenticationProvider delegate, Duration ttl, int capacity, Clock clock) {
        this.delegate = delegate;
        this.ttl = ttl;
        this.capacity = capacity;
        this.clock = clock;
        new SecureRandom().nextBytes(salt);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        if (ttl.isZero() || !(authentication.getCredentials() instanceof String password)) {
            return delegate.authenticate(authentication);
        }
        String name = authentication.getName();
        byte[] digest = digest(name, password);
        Instant now = clock.instant();
        Verified known = verified.get(name);
        if (known != null && now.isBefore(known.until()) && MessageDigest.isEqual(known.digest(), digest)) {
            return copy(known.result(), authentication);
        }
        Authentication result = delegate.authenticate(authentication);
        if (result != null && result.isAuthenticated()) {
            remember(name, new Verified(digest, result, now.plus(ttl)), now);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }

    /** A fresh token per request, carrying the request's details (remote address, session) rather than the first one's. */
    private static Authentication copy(Authentication result, Authentication request) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(result.getPrincipal(),
                null, result.getAuthorities());
        token.setDetails(request.getDetails());
        return token;
    }

    private void remember(String name, Verified entry, Instant now) {
        if (verified.size() >= capacity && !verified.containsKey(name)) {
            verified.values().removeIf(v -> !now.isBefore(v.until()));
            if (verified.size() >= capacity) {
                verified.clear();
            }
        }
        verified.put(name, entry);
    }

    private byte[] digest(String name, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            return sha.digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
