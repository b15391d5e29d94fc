package org.specloop.app.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Re-authentication at the moment of signing (21 CFR Part 11 §11.200): a person signing with a
 * password must type it again; a person signing with a token must have logged in at the identity
 * provider within the last few minutes (auth_time); a machine cannot sign at all.
 * Returns why the signature is refused, or empty when it is confirmed.
 */
final class SignerCheck {
    private final UserDetailsService users;
    private final PasswordEncoder passwords;
    private final Duration maxAuthAge;
    private final Clock clock;

    SignerCheck(UserDetailsService users, PasswordEncoder passwords, Duration maxAuthAge, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.maxAuthAge = maxAuthAge;
        this.clock = clock;
    }

    Optional<String> refusal(Authentication signer, String password) {
        if (signer == null || !signer.isAuthenticated()) {
            return Optional.of("nobody is signed in");
        }
        if (signer instanceof MachineAuthentication) {
            return Optional.of("'" + signer.getName() + "' is a machine client; only a person can sign");
        }
        if (signer instanceof JwtAuthenticationToken jwt) {
            Instant authTime = jwt.getToken().getClaimAsInstant("auth_time");
            if (authTime == null || authTime.isBefore(clock.instant().minus(maxAuthAge))) {
                return Optional.of("signing needs a fresh log-in: the token's auth_time must lie within the last "
                        + maxAuthAge.toMinutes() + " minutes");
            }
            return Optional.empty();
        }
        if (password == null || password.isEmpty()) {
            return Optional.of("signing needs your password again (field 'password')");
        }
        try {
            String hash = users.loadUserByUsername(signer.getName()).getPassword();
            return passwords.matches(password, hash) ? Optional.empty()
                    : Optional.of("the password does not match '" + signer.getName() + "'; the signature was not applied");
        } catch (UsernameNotFoundException e) {
            return Optional.of("'" + signer.getName() + "' has no password in the user store; it cannot sign here");
        }
    }
}
