package org.specloop.app.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedPasswordsTest {
    private static final Instant T0 = Instant.parse("2026-12-06T08:00:00Z");
    private final Map<String, String> passwords = Map.of("qe.alice", "alice-demo", "qe.bob", "bob-demo");
    private final List<String> checked = new ArrayList<>();
    /** Stands in for bcrypt: counts every check it makes. */
    private final AuthenticationProvider bcrypt = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication request) {
            checked.add(request.getName());
            if (!request.getCredentials().equals(passwords.get(request.getName()))) {
                throw new BadCredentialsException("Bad credentials");
            }
            return UsernamePasswordAuthenticationToken.authenticated(request.getName(), null,
                    AuthorityUtils.createAuthorityList("ROLE_QUALITY_ENGINEER"));
        }

        @Override
        public boolean supports(Class<?> type) {
            return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
        }
    };
    private Instant now = T0;
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void aPasswordVerifiedOnceIsTakenAgainWithoutBcryptUntilTheTtlEnds() {
        VerifiedPasswords cache = new VerifiedPasswords(bcrypt, Duration.ofMinutes(5), 100, clock);

        Authentication first = cache.authenticate(request("qe.alice", "alice-demo", "10.0.0.1"));
        Authentication second = cache.authenticate(request("qe.alice", "alice-demo", "10.0.0.2"));
        assertThat(checked).containsExactly("qe.alice");
        assertThat(second.isAuthenticated()).isTrue();
        assertThat(second.getName()).isEqualTo("qe.alice");
        assertThat(second.getAuthorities()).isEqualTo(first.getAuthorities());
        assertThat(second.getDetails()).as("the request's own details").isEqualTo("10.0.0.2");
        assertThat(second.getCredentials()).isNull();

        now = T0.plus(Duration.ofMinutes(5));
        cache.authenticate(request("qe.alice", "alice-demo", "10.0.0.1"));
        assertThat(checked).as("verified again once the ttl is over").containsExactly("qe.alice", "qe.alice");
    }

    @Test
    void aWrongPasswordIsCheckedWithBcryptEveryTimeAndNeverMatchesTheRememberedOne() {
        VerifiedPasswords cache = new VerifiedPasswords(bcrypt, Duration.ofMinutes(5), 100, clock);
        cache.authenticate(request("qe.alice", "alice-demo", null));

        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> cache.authenticate(request("qe.alice", "alice-demo ", null)))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> cache.authenticate(request("qe.bob", "alice-demo", null)))
                .as("another user with a remembered user's password").isInstanceOf(BadCredentialsException.class);
        assertThat(checked).containsExactly("qe.alice", "qe.alice", "qe.alice", "qe.alice", "qe.bob");
    }

    @Test
    void aZeroTtlVerifiesEveryRequest() {
        VerifiedPasswords cache = new VerifiedPasswords(bcrypt, Duration.ZERO, 100, clock);
        cache.authenticate(request("qe.bob", "bob-demo", null));
        cache.authenticate(request("qe.bob", "bob-demo", null));
        assertThat(checked).containsExactly("qe.bob", "qe.bob");
    }

    @Test
    void aFullCacheMakesRoomAndKeepsWorking() {
        VerifiedPasswords cache = new VerifiedPasswords(bcrypt, Duration.ofMinutes(5), 1, clock);
        cache.authenticate(request("qe.alice", "alice-demo", null));
        cache.authenticate(request("qe.bob", "bob-demo", null));
        cache.authenticate(request("qe.bob", "bob-demo", null));
        cache.authenticate(request("qe.alice", "alice-demo", null));
        assertThat(checked).containsExactly("qe.alice", "qe.bob", "qe.alice");
    }

    private static Authentication request(String name, String password, Object details) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(name, password);
        token.setDetails(details);
        return token;
    }
}
