package org.specloop.app.observability;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;

import java.util.Map;

/**
 * Help text for the meters Spring Boot and Tomcat register without a description, so that every family
 * of a scrape says what it counts (promtool reports "no help text" otherwise).
 */
final class MeterHelpTexts implements MeterFilter {
    private static final Map<String, String> HELP = Map.of(
            "http.server.requests", "HTTP requests served, by method, URI template, status, outcome and exception",
            "http.server.requests.active", "HTTP requests being served now, by method and URI template",
            "tomcat.sessions.active.current", "HTTP sessions open now",
            "tomcat.sessions.active.max", "Most HTTP sessions open at once since start",
            "tomcat.sessions.alive.max", "Longest time an expired HTTP session was alive",
            "tomcat.sessions.created", "HTTP sessions created",
            "tomcat.sessions.expired", "HTTP sessions expired",
            "tomcat.sessions.rejected", "HTTP sessions refused because the most allowed were open");

    @Override
    public Meter.Id map(Meter.Id id) {
        String help = HELP.get(id.getName());
        if (help == null || (id.getDescription() != null && !id.getDescription().isBlank())) {
            return id;
        }
        return new Meter.Id(id.getName(), Tags.of(id.getTagsAsIterable()), id.getBaseUnit(),
                help, id.getType());
    }
}
