package org.specloop.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Known answers from java.time, for the text held as chars and as bytes, inside a larger buffer. */
class FastInstantTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-20T08:12:41.250Z", "2026-11-20T08:12:41Z", "1970-01-01T00:00:00Z",
            "1969-12-31T23:59:59.5Z", "2024-02-29T23:59:59.999999999Z", "2000-02-29T12:00:00.1Z", "0001-01-01T00:00:00Z",
            "2026-11-20T09:12:41+01:00", "2026-11-20T08:12:41.25-05:30",
            "2026-11-20T08:12:41.Z"})
    void bothOverloadsGiveJavaTimesAnswer(String text) {
        OffsetDateTime t = OffsetDateTime.parse(text);
        double expected = t.toEpochSecond() + t.getNano() / 1e9;
        String buffer = "\"time\":\"" + text + "\",";
        int from = buffer.indexOf(text);
        assertThat(FastInstant.epochSeconds(buffer.toCharArray(), from, text.length())).isCloseTo(expected, within(1e-6));
        assertThat(FastInstant.epochSeconds(buffer.getBytes(StandardCharsets.US_ASCII), from, text.length()))
                .isCloseTo(expected, within(1e-6));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30T08:12:41Z", "2023-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-11-20T24:00:00Z",
            "2026-11-20 08:12:41Z", "2026-11-20T08:12:4xZ", "2026-11-20T08:12:41.1234567891Z", "yesterday", ""})
    void bothOverloadsRefuseWhatIsNoRfc3339DateTime(String text) {
        String buffer = "[" + text + "]";
        assertThatThrownBy(() -> FastInstant.epochSeconds(buffer.toCharArray(), 1, text.length()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("'" + text + "' is not an RFC 3339 date-time");
        assertThatThrownBy(() -> FastInstant.epochSeconds(buffer.getBytes(StandardCharsets.US_ASCII), 1, text.length()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("'" + text + "' is not an RFC 3339 date-time");
    }

    @Test
    void aByteOutsideAsciiIsNoDigit() {
        byte[] bytes = "2026-11-20T08:12:41.250Z".getBytes(StandardCharsets.US_ASCII);
        bytes[3] = (byte) 0xB6;
        assertThatThrownBy(() -> FastInstant.epochSeconds(bytes, 0, bytes.length)).isInstanceOf(IllegalArgumentException.class);
    }
}
