package org.specloop.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.specloop.command.kernel.PastInstants;
import org.specloop.contracts.rig.RunStarted;
import org.specloop.ingest.Refusal;

/** Run control instants are facts of the past; an installed-lot list is held to its limit. */
class RunControlParserTest {
    /** The server's clock: 2026-11-20T09:00Z, the default skew of 5 minutes. */
    private final RunControlParser parser = new RunControlParser(new PastInstants(
            Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC), Duration.ofMinutes(5)));

    private static final String STARTED = """
            {"type":"RunStarted","messageId":"RUN-1-start","runId":"RUN-1","rigId":"RIG-7","motorSerial":"SN-1",
             "motorDesign":"PMSM-11K-4P","ratedPowerKw":11.0,"poles":4,"frequencyHz":50.0,"thermalClass":"155(F)",
             "shaftHeightMm":132,"mounting":"RIGID","vibrationGrade":"A","installedLots":["LOT-1"],
             "startedAt":"2026-11-20T08:00:00Z"}""";

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_run_started_in_the_past_or_within_the_skew_is_read() {
        assertThat(parser.parse(utf8(STARTED))).isInstanceOf(RunStarted.class);
        assertThat(parser.parse(utf8(STARTED.replace("2026-11-20T08:00:00Z", "2026-11-20T09:05:00Z"))))
                .isInstanceOf(RunStarted.class);
    }

    @Test
    void a_run_started_in_the_future_is_refused() {
        assertThatThrownBy(() -> parser.parse(utf8(STARTED.replace("2026-11-20T08:00:00Z", "2026-11-21T08:00:00Z"))))
                .isInstanceOf(Refusal.class).hasMessageContaining("startedAt is 2026-11-21T08:00:00Z, in the future");
    }

    @Test
    void a_point_change_or_finish_in_the_future_is_refused() {
        assertThatThrownBy(() -> parser.parse(utf8("""
                {"type":"OperatingPointChanged","messageId":"m","runId":"RUN-1","pointId":"P1","kind":"LOAD",
                 "speedPercent":100,"torquePercent":100,"at":"2027-01-01T00:00:00Z"}""")))
                .isInstanceOf(Refusal.class).hasMessageContaining("at is 2027-01-01T00:00:00Z, in the future");
        assertThatThrownBy(() -> parser.parse(utf8("""
                {"type":"RunFinished","messageId":"f","runId":"RUN-1","at":"2027-01-01T00:00:00Z"}""")))
                .isInstanceOf(Refusal.class).hasMessageContaining("at is 2027-01-01T00:00:00Z, in the future");
    }

    @Test
    void more_installed_lots_than_the_limit_are_refused() {
        String lots = "\"LOT-1\"" + ",\"LOT-1\"".repeat(100);
        assertThatThrownBy(() -> parser.parse(utf8(STARTED.replace("[\"LOT-1\"]", "[" + lots + "]"))))
                .isInstanceOf(Refusal.class).hasMessageContaining("installedLots must hold at most 100 items (has 101)");
    }
}
