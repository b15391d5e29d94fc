package org.specloop.app.security;

import org.springframework.http.HttpMethod;
import org.springframework.util.AntPathMatcher;

import java.util.List;
import java.util.Optional;

import static org.specloop.app.security.Roles.ADMIN;
import static org.specloop.app.security.Roles.APPROVER;
import static org.specloop.app.security.Roles.OEM;
import static org.specloop.app.security.Roles.QUALITY_ENGINEER;
import static org.specloop.app.security.Roles.RIG;
import static org.specloop.app.security.Roles.STAFF;

/**
 * Who may call each /api operation, as the OpenAPI document states it: the /api part of
 * {@link EndpointRules} written as data, first match wins, in the same order. It cannot drift from
 * the filter chain unnoticed: OpenApiDocumentTest asks the real authorization manager, role by role,
 * about every operation of the served document and compares with what this table declares.
 */
public final class ApiAccess {
    /** Who may call an operation: nobody needs to sign in ({@code open}), or one of {@code roles}. */
    public record Access(boolean open, List<String> roles) {
        static Access anyone() {
            return new Access(true, List.of());
        }

        static Access roles(String... roles) {
            return new Access(false, List.of(roles));
        }
    }

    private record Rule(HttpMethod method, List<String> patterns, Access access) {
    }

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private static final List<Rule> RULES = List.of(
            rule(HttpMethod.GET, Access.anyone(), "/api/asyncapi/**", "/api/schemas/**"),
            rule(null, Access.roles(ADMIN), "/api/admin/**", "/api/dead-letters", "/api/dead-letters/**"),
            rule(HttpMethod.POST, Access.roles(RIG, QUALITY_ENGINEER), "/api/ingest/lab-measurements/csv"),
            rule(null, Access.roles(RIG), "/api/ingest/**"),
            rule(HttpMethod.POST, Access.roles(RIG, QUALITY_ENGINEER), "/api/lots", "/api/lots/*/measurements",
                    "/api/lots/*/measurements/batch"),
            rule(HttpMethod.POST, Access.roles(APPROVER), "/api/specifications/*/revisions/*/approval",
                    "/api/specifications/*/revisions/*/rejection", "/api/specifications/*/revisions/*/review",
                    "/api/engineering-changes/*/approval", "/api/engineering-changes/*/rejection",
                    "/api/lots/*/deviations/*/approval", "/api/lots/*/deviations/*/rejection"),
            rule(HttpMethod.POST, Access.roles(QUALITY_ENGINEER), "/api/specifications", "/api/specifications/*/revisions",
                    "/api/specifications/*/revisions/*/proposal", "/api/specifications/*/revisions/*/discard",
                    "/api/engineering-changes",
                    "/api/engineering-changes/*/plan", "/api/engineering-changes/*/lots",
                    "/api/engineering-changes/*/evidence", "/api/engineering-changes/*/closure",
                    "/api/lots/*/hold", "/api/lots/*/release", "/api/lots/*/rejection", "/api/lots/*/deviations",
                    "/api/sources", "/api/sources/*/certificates", "/api/sources/*/relocation",
                    "/api/sources/*/disqualification",
                    "/api/motor-designs", "/api/motor-designs/*/requirements"),
            rule(HttpMethod.PUT, Access.roles(QUALITY_ENGINEER), "/api/specifications/*/revisions/*"),
            rule(null, Access.roles(OEM), "/api/subscriptions", "/api/subscriptions/**"),
            rule(HttpMethod.GET, Access.roles(OEM), "/api/grants"),
            rule(HttpMethod.GET, Access.roles(OEM, QUALITY_ENGINEER, APPROVER, ADMIN), "/api/notifications",
                    "/api/notifications/**"),
            rule(HttpMethod.GET, Access.roles(STAFF), "/api/**"));

    private ApiAccess() {
    }

    /**
     * Who may call {@code method} on {@code pathTemplate} (an OpenAPI path such as /api/lots/{lotId});
     * empty when the filter chain refuses everyone, as it does for anything not listed.
     */
    public static Optional<Access> of(HttpMethod method, String pathTemplate) {
        String path = pathTemplate.replaceAll("\\{[^}/]+}", "x");
        return RULES.stream()
                .filter(rule -> rule.method() == null || rule.method().equals(method))
                .filter(rule -> rule.patterns().stream().anyMatch(pattern -> PATHS.match(pattern, path)))
                .map(Rule::access).findFirst();
    }

    private static Rule rule(HttpMethod method, Access access, String... patterns) {
        return new Rule(method, List.of(patterns), access);
    }
}
