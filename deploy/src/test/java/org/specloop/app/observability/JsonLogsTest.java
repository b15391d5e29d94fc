package org.specloop.app.observability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.specloop.app.observability.trace.CurrentTrace;
import org.specloop.app.observability.trace.TraceParent;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The json-logs profile switches the console to one JSON object per line (Elastic Common Schema),
 * trace ids included. Only Spring Boot's logging set-up runs here, not the whole application: the
 * profile's effect is on the logging system, and that is what this starts.
 */
@ExtendWith(OutputCaptureExtension.class)
class JsonLogsTest {
    @Configuration(proxyBeanMethods = false)
    static class NothingElse {
    }

    @Test
    void theJsonLogsProfileWritesOneJsonObjectPerLineWithTheTraceId(CapturedOutput output) throws Exception {
        TraceParent trace = TraceParent.newTrace();
        try (ConfigurableApplicationContext ignored = start("json-logs")) {
            TraceParent previous = CurrentTrace.enter(trace);
            try {
                LoggerFactory.getLogger("org.specloop.app.observability.JsonLogsTest").info("lot {} held", "LOT-JSON-1");
            } finally {
                CurrentTrace.restore(previous);
            }
        }
        List<String> lines = output.getOut().lines().filter(line -> !line.isBlank()).toList();
        assertThat(lines).isNotEmpty();
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) {
            assertThat(json.readTree(line).isObject()).as("a JSON object: %s", line).isTrue();
        }
        JsonNode held = json.readTree(lines.stream().filter(line -> line.contains("LOT-JSON-1")).findFirst().orElseThrow());
        assertThat(held.path("message").asText()).isEqualTo("lot LOT-JSON-1 held");
        assertThat(held.path("log").path("level").asText()).isEqualTo("INFO");
        assertThat(held.path("traceId").asText()).isEqualTo(trace.traceId());
        assertThat(held.path("spanId").asText()).isEqualTo(trace.spanId());
    }

    /** Later tests in this JVM log as usual again: the logging system is set up anew without the profile. */
    @AfterAll
    static void plainLogsAgain() {
        start().close();
    }

    /**
     * Spring Boot sets logging up once per JVM while a context is open; other test classes' cached
     * contexts are, so the logging system is released first and then set up by this start.
     */
    private static ConfigurableApplicationContext start(String... profiles) {
        LoggingSystem.get(JsonLogsTest.class.getClassLoader()).cleanUp();
        return new SpringApplicationBuilder(NothingElse.class).web(WebApplicationType.NONE).profiles(profiles)
                .bannerMode(org.springframework.boot.Banner.Mode.OFF).run();
    }
}
