package org.specloop.app.security;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps the identity provider's roles claim (a list or a space-separated string, top-level or at a
 * dotted path such as Keycloak's realm_access.roles) onto SpecLoop's roles, keeping only roles SpecLoop knows, and names the principal by the configured claim
 * (falling back to sub) so that events name a person rather than an opaque id where possible.
 */
final class JwtRoles implements Converter<Jwt, JwtAuthenticationToken> {
    private final String rolesClaim;
    private final String principalClaim;

    JwtRoles(String rolesClaim, String principalClaim) {
        this.rolesClaim = rolesClaim;
        this.principalClaim = principalClaim;
    }

    @Override
    public JwtAuthenticationToken convert(Jwt jwt) {
        String name = jwt.hasClaim(principalClaim) ? jwt.getClaimAsString(principalClaim) : jwt.getSubject();
        return new JwtAuthenticationToken(jwt, authorities(jwt), name);
    }

    Collection<GrantedAuthority> authorities(Jwt jwt) {
        Object claim = claim(jwt.getClaims(), rolesClaim);
        List<String> roles = claim instanceof Collection<?> list ? list.stream().map(String::valueOf).toList()
                : claim instanceof String text ? List.of(text.trim().split("\\s+")) : List.of();
        return roles.stream().map(role -> role.trim().toUpperCase(Locale.ROOT).replaceFirst("^ROLE_", ""))
                .filter(Roles.ALL::contains).distinct()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role)).toList();
    }

    /**
     * The claim by its full name (a namespaced claim such as https://specloop.example/roles has dots of its
     * own), else by a dotted path into nested claims: Keycloak puts realm roles under realm_access.roles.
     */
    private static Object claim(Map<String, Object> claims, String name) {
        if (claims.containsKey(name)) {
            return claims.get(name);
        }
        Object node = claims;
        for (String step : name.split("\\.")) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(step);
        }
        return node;
    }
}
