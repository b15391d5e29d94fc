package org.specloop.app.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Re-authentication at signing, for each kind of signer. */
class SignerCheckTest {
    static final Instant NOW = Instant.parse("2026-11-23T10:15:00Z");
    @SuppressWarnings("deprecation")
    final SignerCheck check = new SignerCheck(new InMemoryUserDetailsManager(
            User.withUsername("qe.bob").password("bob-demo").roles("APPROVER").build()),
            NoOpPasswordEncoder.getInstance(), Duration.ofMinutes(5), Clock.fixed(NOW, ZoneOffset.UTC));

    private static UsernamePasswordAuthenticationToken bob() {
        return UsernamePasswordAuthenticationToken.authenticated("qe.bob", null, AuthorityUtils.createAuthorityList("ROLE_APPROVER"));
    }

    private static org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken token(Instant authTime) {
        Jwt.Builder jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("u-1").claim("preferred_username", "qe.dana");
        if (authTime != null) {
            jwt.claim("auth_time", authTime.getEpochSecond());
        }
        return new JwtRoles("roles", "preferred_username").convert(jwt.claim("roles", List.of("APPROVER")).build());
    }

    @Test
    void thePasswordOfTheSignerConfirmsTheSignature() {
        assertThat(check.refusal(bob(), "bob-demo")).isEmpty();
    }

    @Test
    void aMissingOrWrongPasswordIsRefused() {
        assertThat(check.refusal(bob(), null)).get().asString().contains("password again");
        assertThat(check.refusal(bob(), "alice-demo")).get().asString().contains("does not match");
    }

    @Test
    void aMachineCannotSign() {
        assertThat(check.refusal(new MachineAuthentication("rig.1", AuthorityUtils.createAuthorityList("ROLE_RIG")), "x"))
                .get().asString().contains("only a person can sign");
    }

    @Test
    void aTokenSignsOnlyWithARecentLogIn() {
        assertThat(check.refusal(token(NOW.minusSeconds(60)), null)).isEmpty();
        assertThat(check.refusal(token(NOW.minus(Duration.ofMinutes(30))), null)).get().asString().contains("fresh log-in");
        assertThat(check.refusal(token(null), null)).get().asString().contains("auth_time");
    }
}
