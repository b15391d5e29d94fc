package org.specloop.app.security;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.util.ArrayList;
import java.util.List;

/**
 * Production API clients: a JWT resource server, switched on by specloop.security.jwt.issuer-uri
 * or jwk-set-uri. Keys are fetched lazily, so the node starts even while the identity provider is
 * briefly unreachable; tokens are checked for signature, expiry (within the configured clock skew)
 * and, when given, issuer and audience.
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
        NimbusJwtDecoder decoder = jwt.hasJwkSet() ? NimbusJwtDecoder.withJwkSetUri(jwt.jwkSetUri()).build()
                : NimbusJwtDecoder.withIssuerLocation(jwt.issuerUri()).build();
        decoder.setJwtValidator(validator(jwt));
        return decoder;
    }

    /** Spring's defaults, with the clock skew from the settings and the issuer and audience when configured. */
    static OAuth2TokenValidator<Jwt> validator(SecuritySettings.Jwt jwt) {
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(new JwtTimestampValidator(jwt.clockSkew()));
        if (jwt.hasIssuer()) {
            validators.add(new JwtIssuerValidator(jwt.issuerUri()));
        }
        if (jwt.hasAudience()) {
            validators.add(audience(jwt.audience()));
        }
        return JwtValidators.createDefaultWithValidators(validators);
    }

    /** The identity provider issues tokens for many applications; one meant for another must not open SpecLoop. */
    private static OAuth2TokenValidator<Jwt> audience(String required) {
        return token -> {
            List<String> audience = token.getAudience();
            return audience != null && audience.contains(required) ? OAuth2TokenValidatorResult.success()
                    : OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
                    "the token's audience " + (audience == null ? "[]" : audience) + " does not name '" + required + "'",
                    null));
        };
    }
}
