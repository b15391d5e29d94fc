package org.specloop.app.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * specloop.security.*: people with bcrypt password hashes, machine API keys stored as SHA-256 hex
 * (they are long random strings, so a fast hash keeps high-volume ingest cheap without weakening
 * them), and the JWT issuer of production. Nothing here holds a secret in clear (docs/security.md).
 *
 * @param users             people who sign in with a password (HTTP Basic and the web UI's form), each with name,
 *                          password-hash (bcrypt) and roles; application.yml gives the embedded default demo users,
 *                          the postgres profile none
 * @param apiKeys           machine clients (rigs, labs, Prometheus) that send X-Api-Key, each with name, key-sha256
 *                          (SHA-256 hex of the key) and roles; application.yml gives the embedded default the demo
 *                          rig key, the postgres profile none
 * @param jwt               the identity provider whose tokens sign people in, in production
 * @param signingMaxAuthAge how recent a JWT signer's log-in (the token's auth_time) must be for an approval,
 *                          rejection or review to count as their signature; password users re-enter the password
 * @param verifiedPasswordTtl how long a user name and password verified with bcrypt are taken as verified again
 *                          without bcrypt (HTTP Basic clients calling often; signatures are verified every time);
 *                          0 verifies every request
 */
@ConfigurationProperties(SecuritySettings.PREFIX)
public record SecuritySettings(@DefaultValue List<User> users, @DefaultValue List<ApiKey> apiKeys,
                               @DefaultValue Jwt jwt, @DefaultValue("5m") Duration signingMaxAuthAge,
                               @DefaultValue("5m") Duration verifiedPasswordTtl) {
    static final String PREFIX = "specloop.security";

    public SecuritySettings {
        users = List.copyOf(users);
        apiKeys = List.copyOf(apiKeys);
    }

    /**
     * A person.
     *
     * @param name         the user name
     * @param passwordHash bcrypt hash of the password
     * @param roles        QUALITY_ENGINEER, APPROVER, OEM, ADMIN (docs/security.md)
     */
    public record User(String name, String passwordHash, List<String> roles) {
    }

    /**
     * A machine client.
     *
     * @param name      the client's name, recorded as the actor of what it sends
     * @param keySha256 SHA-256 of the key, hex
     * @param roles     RIG, LAB, ADMIN (docs/security.md)
     */
    public record ApiKey(String name, String keySha256, List<String> roles) {
    }

    /**
     * Either issuer-uri or jwk-set-uri switches the JWT resource server on.
     *
     * @param issuerUri      OpenID Connect issuer; its discovery document names the keys, and a token from any
     *                       other issuer is refused
     * @param jwkSetUri      the keys' URL, for an issuer without discovery
     * @param audience       when set, a token whose aud claim does not name it is refused: a token the identity
     *                       provider issued for another application cannot be replayed here
     * @param clockSkew      how far the token's exp and nbf may be off the node's clock before it is refused
     * @param rolesClaim     the claim that lists the person's roles (a list or a space-separated string); a dotted
     *                       path such as realm_access.roles reaches into a nested claim (Keycloak's realm roles)
     * @param principalClaim the claim that names the person (actor of commands, signer of approvals)
     */
    public record Jwt(String issuerUri, String jwkSetUri, String audience, @DefaultValue("60s") Duration clockSkew,
                      @DefaultValue("roles") String rolesClaim,
                      @DefaultValue("preferred_username") String principalClaim) {

        public boolean enabled() {
            return present(issuerUri) || present(jwkSetUri);
        }

        boolean hasIssuer() {
            return present(issuerUri);
        }

        boolean hasJwkSet() {
            return present(jwkSetUri);
        }

        boolean hasAudience() {
            return present(audience);
        }

        private static boolean present(String text) {
            return text != null && !text.isBlank();
        }
    }
}
