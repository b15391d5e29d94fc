package org.specloop.ingest.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.specloop.command.kernel.PastInstants;
import org.junit.jupiter.api.Test;
import org.specloop.ingest.Refusal;

/** NDJSON and Kafka lab messages: what is missing is refused, never read as zero or as the server's clock. */
class LabMessagesTest {
    private static final String VALID = """
            {"lotId": "LOT-1", "measurementId": "M-1", "sampleId": "S-1", "testTemperature": {"value": 20, "unit": "degC"},
             "lab": "QC lab", "instrument": "HG-200", "method": "CLOSED_CIRCUIT_IEC_60404_5",
             "values": [{"characteristic": "HcJ", "value": 1650, "unit": "kA/m"}], "measuredAt": "2026-01-05T06:00:00Z"}""";

    /** The server's clock in these tests: 2026-06-01T12:00Z, with the default skew of 5 minutes. */
    private static final LabMessages LAB = new LabMessages(new PastInstants(
            Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC), Duration.ofMinutes(5)));

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aValidMeasurementIsMapped() {
        assertThat(LAB.labMeasurement(utf8(VALID)).values()).singleElement()
                .satisfies(v -> assertThat(v.value()).isEqualTo(1650.0));
    }

    @Test
    void aValueWithoutItsNumberIsRefusedNotReadAsZero() {
        String noValue = VALID.replace("\"value\": 1650, ", "");
        assertThatThrownBy(() -> LAB.labMeasurement(utf8(noValue))).isInstanceOf(Refusal.class)
                .hasMessageContaining("values[0].value is required (a number)");
    }

    @Test
    void aTemperatureWithoutItsNumberIsRefusedNotReadAsZero() {
        String noTemperature = VALID.replace("{\"value\": 20, \"unit\": \"degC\"}", "{\"unit\": \"degC\"}");
        assertThatThrownBy(() -> LAB.labMeasurement(utf8(noTemperature))).isInstanceOf(Refusal.class)
                .hasMessageContaining("testTemperature.value is required (a number)");
    }

    @Test
    void anEmptyOrNulTimestampIsRefusedNotReadAsTheServersClock() {
        assertThatThrownBy(() -> LAB.labMeasurement(utf8(VALID.replace("2026-01-05T06:00:00Z", ""))))
                .isInstanceOf(Refusal.class).hasMessageContaining("measuredAt is empty");
        assertThatThrownBy(() -> LAB.labMeasurement(utf8(VALID.replace("2026-01-05T06:00:00Z", "\\u0000"))))
                .isInstanceOf(Refusal.class);
    }

    @Test
    void aMeasurementWithoutTimeIsRefusedNotStampedWithTheServersClock() {
        String noTime = VALID.replace(", \"measuredAt\": \"2026-01-05T06:00:00Z\"", "");
        assertThat(noTime).doesNotContain("measuredAt");
        assertThatThrownBy(() -> LAB.labMeasurement(utf8(noTime))).isInstanceOf(Refusal.class)
                .hasMessageContaining("measuredAt is required");
        assertThatThrownBy(() -> LAB.labMeasurement(utf8(VALID.replace("\"2026-01-05T06:00:00Z\"", "null"))))
                .isInstanceOf(Refusal.class).hasMessageContaining("measuredAt is required");
    }

    @Test
    void aLotReceiptWithoutTimeIsRefusedNotStampedWithTheServersClock() {
        String receipt = """
                {"lotId": "LOT-8", "supplierId": "SUP-1", "partNumber": "PN-1", "grade": "42SH", "quantity": 10,
                 "declaredChain": {"links": [], "custodyModel": "MASS_BALANCE"}}""";
        assertThatThrownBy(() -> LAB.lotReceipt(utf8(receipt))).isInstanceOf(Refusal.class)
                .hasMessageContaining("receivedAt is required");
    }

    @Test
    void aHundredThousandCharacterSampleIdIsRefusedNamingTheFieldAndTheLimit() {
        String longSample = VALID.replace("\"S-1\"", "\"" + "S".repeat(100_000) + "\"");
        assertThatThrownBy(() -> LAB.labMeasurement(utf8(longSample))).isInstanceOf(Refusal.class)
                .hasMessageContaining("sampleId must be at most 128 characters (has 100000)")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(500));
    }

    @Test
    void anOverLongPartNumberOfALotReceiptIsRefused() {
        String receipt = """
                {"lotId": "LOT-1", "supplierId": "SUP-1", "partNumber": "%s", "grade": "42SH", "quantity": 100,
                 "declaredChain": {"links": [], "custodyModel": "SEGREGATED"}, "receivedAt": "2026-01-05T06:00:00Z"}"""
                .formatted("P".repeat(300));
        assertThatThrownBy(() -> LAB.lotReceipt(utf8(receipt))).isInstanceOf(Refusal.class)
                .hasMessageContaining("partNumber must be at most 128 characters (has 300)");
    }

    @Test
    void aMeasurementDatedInTheFutureBeyondTheSkewIsRefused() {
        assertThat(LAB.labMeasurement(utf8(VALID.replace("2026-01-05T06:00:00Z", "2026-06-01T12:04:59Z")))
                .measuredAt()).isEqualTo(Instant.parse("2026-06-01T12:04:59Z"));
        assertThatThrownBy(() -> LAB.labMeasurement(utf8(VALID.replace("2026-01-05T06:00:00Z", "2026-06-01T12:05:01Z"))))
                .isInstanceOf(Refusal.class).hasMessageContaining("measuredAt is 2026-06-01T12:05:01Z, in the future");
    }

    @Test
    void aPhysicallyImpossibleSetIsRefusedNamingBothValues() {
        String hkAboveHcj = VALID.replace("{\"characteristic\": \"HcJ\", \"value\": 1650, \"unit\": \"kA/m\"}",
                "{\"characteristic\": \"HcJ\", \"value\": 1650, \"unit\": \"kA/m\"}, "
                        + "{\"characteristic\": \"Hk\", \"value\": 1800, \"unit\": \"kA/m\"}");
        assertThatThrownBy(() -> LAB.labMeasurement(utf8(hkAboveHcj))).isInstanceOf(Refusal.class)
                .hasMessageContaining("values[1].value Hk 1800 kA/m is above HcJ 1650 kA/m");
    }

    @Test
    void aLotReceivedInTheFutureIsRefused() {
        String receipt = """
                {"lotId": "LOT-9", "supplierId": "SUP-1", "partNumber": "PN-1", "grade": "42SH", "quantity": 10,
                 "declaredChain": {"links": [], "custodyModel": "MASS_BALANCE"}, "receivedAt": "2026-06-02T12:00:00Z"}""";
        assertThatThrownBy(() -> LAB.lotReceipt(utf8(receipt))).isInstanceOf(Refusal.class)
                .hasMessageContaining("receivedAt is 2026-06-02T12:00:00Z, in the future");
        assertThat(LAB.lotReceipt(utf8(receipt.replace("2026-06-02", "2026-05-30"))).receivedAt())
                .isEqualTo(Instant.parse("2026-05-30T12:00:00Z"));
    }

    @Test
    void aLinksOwnCustodyModelReachesTheCommandAsOnTheRestPath() {
        String receipt = """
                {"lotId": "LOT-10", "supplierId": "SUP-1", "partNumber": "PN-1", "grade": "42SH", "quantity": 10,
                 "declaredChain": {"links": [{"tier": "SEPARATOR", "sourceId": "SEP-1", "country": "MY", "custodyModel": "MASS_BALANCE"},
                                             {"tier": "MAGNET_MAKER", "sourceId": "MAG-1", "country": "DE"}],
                                   "custodyModel": "IDENTITY_PRESERVED"}, "receivedAt": "2026-05-30T12:00:00Z"}""";
        org.specloop.contracts.lot.DeclaredChain chain = LAB.lotReceipt(utf8(receipt)).declaredChain();
        assertThat(chain.links().get(0).custodyModel()).isEqualTo(org.specloop.contracts.source.CustodyModel.MASS_BALANCE);
        assertThat(chain.links().get(1).custodyModel()).isNull();
        assertThat(chain.effectiveCustodyModel()).isEqualTo(org.specloop.contracts.source.CustodyModel.MASS_BALANCE);
        assertThatThrownBy(() -> LAB.lotReceipt(utf8(receipt.replace("\"MASS_BALANCE\"", "\"FULLY_TRACED\""))))
                .isInstanceOf(Refusal.class);
    }
}
