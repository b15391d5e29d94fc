package org.specloop.query.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Known answers for the text of instants sent to PostgreSQL in arrays: the same instant as Instant.toString. */
class ColumnArraysTest {
    @Test
    void instants_are_written_in_utc_to_the_nanosecond() {
        assertThat(ColumnArrays.utc(Instant.parse("2026-12-07T21:59:58.123456789Z"))).isEqualTo("2026-12-07T21:59:58.123456789Z");
        assertThat(ColumnArrays.utc(Instant.parse("2026-12-07T21:59:58.120Z"))).isEqualTo("2026-12-07T21:59:58.120000000Z");
        assertThat(ColumnArrays.utc(Instant.parse("2026-01-02T03:04:05Z"))).isEqualTo("2026-01-02T03:04:05Z");
        assertThat(ColumnArrays.utc(Instant.EPOCH)).isEqualTo("1970-01-01T00:00:00Z");
        assertThat(ColumnArrays.utc(Instant.parse("0099-12-31T23:59:59.000000001Z"))).isEqualTo("0099-12-31T23:59:59.000000001Z");
        assertThat(ColumnArrays.utc(Instant.parse("+12026-01-01T00:00:00Z"))).isEqualTo("+12026-01-01T00:00:00Z");
    }

    @Test
    void an_offset_time_is_the_same_instant_in_utc() {
        assertThat(ColumnArrays.text(OffsetDateTime.of(2026, 12, 8, 1, 30, 0, 500_000_000, ZoneOffset.ofHours(2))))
                .isEqualTo("2026-12-07T23:30:00.500000000Z");
        assertThat(ColumnArrays.text(java.sql.Timestamp.from(Instant.parse("2026-12-07T23:30:00Z")))).isEqualTo("2026-12-07T23:30:00Z");
        assertThat(ColumnArrays.text(42)).isEqualTo("42");
        assertThat(ColumnArrays.text(null)).isNull();
    }
}
