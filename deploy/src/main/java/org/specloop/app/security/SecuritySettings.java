package org.specloop.app.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * specloop.security: people with bcrypt password hashes, machine API keys stored as SHA-256 hex
 * (they are long random strings, so a fast hash keeps high-volume ingest cheap without weakening
 * them), and the JWT issuer of production. Nothing here holds a secret in clear.
 */
@ConfigurationProperties("specloop.security")
public record SecuritySettings(List<User> users, List<ApiKey> apiKeys, Jwt jwt, Duration signingMaxAuthAge) {

    public SecuritySettings {
        users = users == null ? List.of() : List.copyOf(users);
        apiKeys = apiKeys == null ? List.of() : List.copyOf(apiKeys);
        jwt = jwt == null ? new Jwt(null, null, null, null) : jwt;
        signingMaxAuthAge = signingMaxAuthAge == null ? Duration.ofMinutes(5) : signingMaxAuthAge;
    }

    public record User(String name, String passwordHash, List<String> roles) {
    }

    public record ApiKey(String name, String keySha256, List<String> roles) {
    }

    /** Either issuer-uri or jwk-set-uri switches the JWT resource server on. */
    public record Jwt(String issuerUri, String jwkSetUri, String rolesClaim, String principalClaim) {
        public Jwt {
            rolesClaim = rolesClaim == null ? "roles" : rolesClaim;
            principalClaim = principalClaim == null ? "preferred_username" : principalClaim;
        }

        public boolean enabled() {
            return present(issuerUri) || present(jwkSetUri);
        }

        private static boolean present(String text) {
            return text != null && !text.isBlank();
        }
    }
}
