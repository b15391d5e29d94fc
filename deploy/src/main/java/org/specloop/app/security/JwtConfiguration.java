package org.specloop.app.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Production API clients: a JWT resource server, switched on by specloop.security.jwt.issuer-uri
 * or jwk-set-uri. Keys are fetched lazily, so the node starts even while the identity provider is
 * briefly unreachable; tokens are checked for signature, expiry and (when given) issuer.
 */
@Configuration
@ConditionalOnExpression("'${specloop.security.jwt.issuer-uri:}' != '' or '${specloop.security.jwt.jwk-set-uri:}' != ''")
public class JwtConfiguration {

    @Bean
    public JwtDecoder jwtDecoder(SecuritySettings settings) {
        SecuritySettings.Jwt jwt = settings.jwt();
        boolean hasJwkSet = jwt.jwkSetUri() != null && !jwt.jwkSetUri().isBlank();
        NimbusJwtDecoder decoder = hasJwkSet ? NimbusJwtDecoder.withJwkSetUri(jwt.jwkSetUri()).build()
                : NimbusJwtDecoder.withIssuerLocation(jwt.issuerUri()).build();
        if (jwt.issuerUri() != null && !jwt.issuerUri().isBlank()) {
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(jwt.issuerUri())));
        }
        return decoder;
    }
}
