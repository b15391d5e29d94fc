package org.specloop.app.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

import static org.specloop.app.security.Roles.ADMIN;
import static org.specloop.app.security.Roles.APPROVER;
import static org.specloop.app.security.Roles.OEM;
import static org.specloop.app.security.Roles.QUALITY_ENGINEER;
import static org.specloop.app.security.Roles.RIG;
import static org.specloop.app.security.Roles.STAFF;

/**
 * Who may call what: the role matrix of docs/security.md, in one place. Whatever is not listed is
 * refused, so a new endpoint stays closed until someone decides which role it belongs to.
 */
final class EndpointRules {
    private EndpointRules() {
    }

    static void apply(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/login", "/error", "/webjars/**", "/ui/assets/**", "/favicon.ico",
                        "/actuator/health", "/actuator/health/**").permitAll()
                // the published contracts (AsyncAPI documents and their JSON Schemas) are public, like an API reference
                .requestMatchers(HttpMethod.GET, "/api/asyncapi/**", "/api/schemas/**").permitAll()
                .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").authenticated()
                // operations: processors and their replay (docs/replay.md), dead letters, metrics
                .requestMatchers("/api/admin/processors", "/api/admin/processors/**").hasRole(ADMIN)
                .requestMatchers("/actuator/**", "/api/admin/**", "/api/dead-letters", "/api/dead-letters/**").hasRole(ADMIN)
                // the dead-letter page of the workspace (before the staff-wide GET /ui/**)
                .requestMatchers("/ui/admin", "/ui/admin/**").hasRole(ADMIN)
                // rigs and labs: ingest, lot receipts and measurements
                // a lab instrument's CSV file: whoever may record measurements, lab or quality engineer (docs/ingest.md)
                .requestMatchers(HttpMethod.POST, "/api/ingest/lab-measurements/csv").hasAnyRole(RIG, QUALITY_ENGINEER)
                .requestMatchers("/api/ingest/**").hasRole(RIG)
                .requestMatchers(HttpMethod.POST, "/api/lots", "/api/lots/*/measurements", "/api/lots/*/measurements/batch")
                        .hasAnyRole(RIG, QUALITY_ENGINEER)
                // signatures
                .requestMatchers(HttpMethod.POST, "/api/specifications/*/revisions/*/approval",
                        "/api/specifications/*/revisions/*/rejection", "/api/specifications/*/revisions/*/review",
                        "/ui/specifications/*/revisions/*/review", "/api/engineering-changes/*/approval",
                        "/api/engineering-changes/*/rejection", "/ui/specifications/*/revisions/*/approval",
                        "/ui/specifications/*/revisions/*/rejection", "/ui/engineering-changes/*/approval",
                        "/ui/engineering-changes/*/rejection", "/api/lots/*/deviations/*/approval",
                        "/api/lots/*/deviations/*/rejection", "/ui/lots/*/deviations/*/approval",
                        "/ui/lots/*/deviations/*/rejection").hasRole(APPROVER)
                // quality engineering: specs, changes, sources, motor designs, dispositions
                .requestMatchers(HttpMethod.POST, "/api/specifications", "/api/specifications/*/revisions",
                        "/api/specifications/*/revisions/*/proposal", "/api/engineering-changes",
                        "/api/engineering-changes/*/plan", "/api/engineering-changes/*/lots",
                        "/api/engineering-changes/*/evidence", "/api/engineering-changes/*/closure",
                        "/api/lots/*/hold", "/api/lots/*/release", "/api/lots/*/rejection", "/api/lots/*/deviations",
                        "/api/sources", "/api/sources/*/certificates", "/api/sources/*/relocation",
                        "/api/sources/*/disqualification",
                        "/api/motor-designs", "/api/motor-designs/*/requirements",
                        "/ui/specifications/*/revisions/*/redraft", "/ui/lots/*/deviations",
                        "/ui/lots/*/hold", "/ui/lots/*/release", "/api/specifications/*/revisions/*/discard")
                        .hasRole(QUALITY_ENGINEER)
                // editing a draft revision states its whole content again
                .requestMatchers(HttpMethod.PUT, "/api/specifications/*/revisions/*").hasRole(QUALITY_ENGINEER)
                // OEM systems: their subscriptions and the notifications sent to them
                .requestMatchers("/api/subscriptions", "/api/subscriptions/**").hasRole(OEM)
                // an OEM account's own grants (what it may follow); admins grant and revoke under /api/admin/oem-grants
                .requestMatchers(HttpMethod.GET, "/api/grants").hasRole(OEM)
                .requestMatchers(HttpMethod.GET, "/api/notifications", "/api/notifications/**").hasAnyRole(OEM, QUALITY_ENGINEER, APPROVER, ADMIN)
                // motor designs and motor results: engineering data, read by staff like specs and lots (docs/motors.md)
                .requestMatchers(HttpMethod.GET, "/api/motor-designs", "/api/motor-designs/**", "/api/motor-results/**")
                        .hasAnyRole(STAFF)
                // reading engineering data and the workspace UI; the authoring editor's live diff is a POST
                // only because a draft's content can outgrow a URL: it renders and changes nothing
                .requestMatchers(HttpMethod.GET, "/api/**", "/", "/ui", "/ui/**").hasAnyRole(STAFF)
                .requestMatchers(HttpMethod.POST, "/ui/draft-diff").hasAnyRole(STAFF)
                .anyRequest().denyAll();
    }
}
