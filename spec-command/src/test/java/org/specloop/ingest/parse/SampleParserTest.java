package org.specloop.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.specloop.ingest.Refusal;

class SampleParserTest {

    private final SampleParser parser = new SampleParser();

    private ParsedSample parse(String json) {
        return parser.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aThreePhaseSampleBecomesValuesWithItsActivePowerAndEpochTime() {
        ParsedSample s = parse("{\"messageId\":\"m\",\"runId\":\"R\",\"pointId\":\"P\",\"sequence\":413,"
                + "\"time\":\"2026-11-20T08:12:41.350Z\",\"speedRpm\":1350.1,\"torqueNm\":70.02,"
                + "\"lineVoltagesV\":[360.0,360.0,360.0],\"phaseCurrentsA\":[18.0,18.0,18.0],\"powerFactor\":0.95}");
        assertThat(s.sequence()).isEqualTo(413);
        assertThat(s.values().input().activePowerW()).isCloseTo(Math.sqrt(3) * 360 * 18 * 0.95, within(1e-9));
        Instant t = Instant.parse("2026-11-20T08:12:41.350Z");
        assertThat(s.values().timeS()).isCloseTo(t.getEpochSecond() + 0.35, within(1e-6));
        assertThat(Double.isNaN(s.values().windingC())).isTrue();
    }

    @Test
    void aTimeWithAnOffsetIsReadLikeItsUtcInstant() {
        ParsedSample s = parse("{\"messageId\":\"m\",\"runId\":\"R\",\"pointId\":\"P\",\"sequence\":1,"
                + "\"time\":\"2026-11-20T09:12:41+01:00\",\"speedRpm\":1,\"torqueNm\":0,\"inputPowerW\":1}");
        assertThat(s.values().timeS()).isEqualTo(Instant.parse("2026-11-20T08:12:41Z").getEpochSecond());
    }

    @Test
    void schemaRulesAreRefusedWithTheFieldNamed() {
        String base = "{\"messageId\":\"m\",\"runId\":\"R\",\"pointId\":\"P\",\"sequence\":1,"
                + "\"time\":\"2026-11-20T08:12:41Z\",\"speedRpm\":1500,\"torqueNm\":70";
        assertThatThrownBy(() -> parse(base + "}")).isInstanceOf(Refusal.class).hasMessageContaining("no electrical input");
        assertThatThrownBy(() -> parse(base + ",\"inputPowerW\":1,\"powerFactor\":0.9}"))
                .hasMessageContaining("exclusive");
        assertThatThrownBy(() -> parse(base + ",\"inputPowerW\":1,\"torqueNM\":3}")).hasMessageContaining("torqueNM");
        assertThatThrownBy(() -> parse(base + ",\"inputPowerW\":1,\"windingTemperatureC\":500}"))
                .hasMessageContaining("windingTemperatureC 500.0 is out of range");
        assertThatThrownBy(() -> parse(base.replace("\"runId\":\"R\",", "") + ",\"inputPowerW\":1}"))
                .hasMessageContaining("runId is required");
        assertThatThrownBy(() -> parse("[1,2]")).hasMessageContaining("not a JSON object");
    }

    @Test
    void runAndPointIdsOfSuccessiveSamplesAreTheSameStrings() {
        String json = "{\"messageId\":\"m%d\",\"runId\":\"RUN-1\",\"pointId\":\"P1\",\"sequence\":%d,"
                + "\"time\":\"2026-11-20T08:12:41Z\",\"speedRpm\":1500,\"torqueNm\":70,\"inputPowerW\":11800}";
        ParsedSample first = parse(String.format(json, 1, 1));
        ParsedSample second = parse(String.format(json, 2, 2));
        assertThat(second.runId()).isEqualTo("RUN-1").isSameAs(first.runId());
        assertThat(second.pointId()).isEqualTo("P1").isSameAs(first.pointId());
    }

    @Test
    void idsAndTimeAreCheckedWhereTheParserHoldsThem() {
        String base = "\"runId\":\"R\",\"pointId\":\"P\",\"sequence\":1,\"speedRpm\":1500,\"torqueNm\":70,"
                + "\"inputPowerW\":1";
        assertThatThrownBy(() -> parse("{" + base + ",\"time\":\"2026-11-20T08:12:41Z\"}"))
                .hasMessageContaining("messageId is required");
        assertThatThrownBy(() -> parse("{\"messageId\":\"a b\"," + base + ",\"time\":\"2026-11-20T08:12:41Z\"}"))
                .hasMessageContaining("messageId must not contain whitespace");
        assertThatThrownBy(() -> parse("{\"messageId\":\"\"," + base + ",\"time\":\"2026-11-20T08:12:41Z\"}"))
                .hasMessageContaining("messageId must be 1 to 128 characters");
        assertThatThrownBy(() -> parse("{\"messageId\":\"m\"," + base + "}")).hasMessageContaining("time is required");
        assertThatThrownBy(() -> parse("{\"messageId\":\"m\"," + base + ",\"time\":1}"))
                .hasMessageContaining("time must be a string");
        assertThatThrownBy(() -> parse("{\"messageId\":\"m\"," + base + ",\"time\":\"2026-02-30T08:12:41Z\"}"))
                .hasMessageContaining("is not an RFC 3339 date-time");
    }
}
