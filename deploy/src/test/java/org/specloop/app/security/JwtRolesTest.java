package org.specloop.app.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The identity provider's roles claim becomes SpecLoop roles; unknown roles are dropped. */
class JwtRolesTest {
    final JwtRoles roles = new JwtRoles("roles", "preferred_username");

    private static Jwt.Builder jwt() {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("4f1c-sub");
    }

    @Test
    void aListOfRolesMapsToAuthoritiesAndThePreferredUserNameIsThePrincipal() {
        JwtAuthenticationToken token = roles.convert(jwt().claim("preferred_username", "qe.dana")
                .claim("roles", List.of("quality_engineer", "ROLE_APPROVER", "superuser")).build());

        assertThat(token.getName()).isEqualTo("qe.dana");
        assertThat(token.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_QUALITY_ENGINEER", "ROLE_APPROVER");
    }

    @Test
    void aSpaceSeparatedClaimWorksAndTheSubjectNamesAPrincipalWithoutUserName() {
        JwtAuthenticationToken token = roles.convert(jwt().claim("roles", "RIG OEM").build());

        assertThat(token.getName()).isEqualTo("4f1c-sub");
        assertThat(token.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_RIG", "ROLE_OEM");
    }

    @Test
    void aDottedPathReachesKeycloaksRealmRoles() {
        JwtRoles keycloak = new JwtRoles("realm_access.roles", "preferred_username");
        JwtAuthenticationToken token = keycloak.convert(jwt().claim("preferred_username", "qe.erin")
                .claim("realm_access", Map.of("roles", List.of("default-roles-specloop", "quality_engineer")))
                .claim("roles", List.of("ADMIN")).build());

        assertThat(token.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_QUALITY_ENGINEER");
        assertThat(keycloak.convert(jwt().claim("realm_access", "not a map").build()).getAuthorities()).isEmpty();
    }

    @Test
    void aNamespacedClaimWithDotsIsReadByItsFullName() {
        JwtRoles namespaced = new JwtRoles("https://specloop.example/roles", "preferred_username");
        JwtAuthenticationToken token = namespaced.convert(jwt().claim("https://specloop.example/roles", List.of("APPROVER")).build());

        assertThat(token.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_APPROVER");
    }
}
