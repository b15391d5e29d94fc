package org.specloop.app.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The served OpenAPI document (GET /v3/api-docs): what SpecLoop is, how to authenticate, and the
 * problem+json shape every refusal has. Checked by OpenApiDocumentTest and by Redocly's recommended
 * ruleset in CI (docs/api.md).
 */
@Configuration
public class ApiDocumentation {
    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerJwt";
    static final String API_KEY = "apiKey";

    private static final String DESCRIPTION = """
            SpecLoop keeps rare-earth magnet specifications, the lots received against them, the supply \
            chain they come from and the motor test results they end up in, and closes the loop between them: \
            every change is an event, every signature is re-authenticated, every refusal is an RFC 9457 \
            problem (`application/problem+json`, schema `Problem`).

            **Authentication.** People use HTTP Basic (embedded setups) or a bearer JWT from the site's \
            identity provider (roles from the `roles` claim); rigs and labs send `X-Api-Key`. Each operation \
            lists the roles that may call it (in its security requirements and its description); the published \
            contracts under `/api/asyncapi` and `/api/schemas` need no sign-in. Signing operations (approvals, \
            rejections, reviews) also need the signer's password in the body.

            Documentation: docs/api.md, docs/security.md and the feature pages under docs/ in the SpecLoop \
            repository. Notifications to OEMs are described by the AsyncAPI document at \
            `/api/asyncapi/specloop-notifications`.""";

    @Bean
    public OpenAPI specLoopOpenApi(ObjectProvider<BuildProperties> build) {
        BuildProperties properties = build.getIfAvailable();
        String version = properties != null ? properties.getVersion() : "development";
        return new OpenAPI()
                // no license: the project has not chosen one (docs/api.md lists the lint warning this leaves)
                .info(new Info().title("SpecLoop API").version(version).description(DESCRIPTION))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("User name and password of a configured user (specloop.security.users)."))
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("JWT")
                                .description("A JWT from the configured issuer; roles from the roles claim."))
                        .addSecuritySchemes(API_KEY, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-Api-Key")
                                .description("A rig's or lab's key (specloop.security.api-keys); cannot sign.")));
    }

    @Bean
    public OpenApiCustomizer specLoopOperations() {
        return new ApiDocumentCustomizer();
    }

    static final String FIELD_ERROR = "FieldError";

    /**
     * One entry of a problem's errors: a component of its own, so that a generated client gets a class with a
     * name (FieldError) rather than one made up from the inline position (ProblemErrorsInner).
     */
    static ObjectSchema fieldErrorSchema() {
        ObjectSchema error = new ObjectSchema();
        error.description("An invalid field of the request and why it is invalid.");
        error.addProperty("field", new StringSchema().example("characteristics[0].min"));
        error.addProperty("message", new StringSchema().example("must not be empty"));
        return error;
    }

    /** RFC 9457 with SpecLoop's two extensions: the business rule that refused, and per-field errors. */
    static ObjectSchema problemSchema() {
        ObjectSchema problem = new ObjectSchema();
        problem.description("An RFC 9457 problem. `type` is `urn:specloop:problem:<kind>`; kinds: invalid-request, "
                + "malformed-body, rejected-request, payload-too-large, unauthenticated, signature-not-confirmed, "
                + "forbidden, csrf, not-found, rule-violation, already-exists, kafka-ingest-disabled, "
                + "store-unavailable, busy, ingest-change-pending, too-many-rows, http-415.");
        problem.addProperty("type", new StringSchema().format("uri").example("urn:specloop:problem:rule-violation"));
        problem.addProperty("title", new StringSchema().example("A business rule refused the command"));
        problem.addProperty("status", new IntegerSchema().format("int32").example(409));
        problem.addProperty("detail", new StringSchema().example("the proposer of a revision may not approve it"));
        problem.addProperty("instance", new StringSchema().format("uri-reference"));
        problem.addProperty("rule", new StringSchema().description("With rule-violation: the rule that refused, "
                + "e.g. four-eyes, reason-required, signature-meaning-mismatch.").example("four-eyes"));
        problem.addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + FIELD_ERROR))
                .description("With invalid-request: every invalid field and why."));
        problem.required(java.util.List.of("type", "title", "status"));
        return problem;
    }
}
