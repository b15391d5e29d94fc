package org.specloop.app.security;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
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
@Conditional(JwtConfiguration.Enabled.class)
public class JwtConfiguration {

    /** SecuritySettings.Jwt#enabled, so that the rule for switching JWT on is stated once. */
    static class Enabled implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return Binder.get(context.getEnvironment()).bindOrCreate(SecuritySettings.PREFIX, SecuritySettings.class)
                    .jwt().enabled();
        }
    }

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
