package org.specloop.command.sourcing;

import org.junit.jupiter.api.Test;
import org.specloop.contracts.rig.OperatingPointKind;
import org.specloop.contracts.specification.CharacteristicLimit;
import org.specloop.contracts.units.Characteristic;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceMatcherTest {
    private static final List<EvidenceMatcher.Item> ITEMS = List.of(
            new EvidenceMatcher.Item("FAI-20C", "MEASUREMENT@20degC"),
            new EvidenceMatcher.Item("FAI-MAX", "MEASUREMENT@150degC"),
            new EvidenceMatcher.Item("MOTOR-TEST", "MOTOR_TEST"),
            new EvidenceMatcher.Item("DEMAG-TEST", "DEMAG_TEST"),
            new EvidenceMatcher.Item("ALLOY-COMPOSITION", "CERTIFICATE"));
    private static final List<CharacteristicLimit> LIMITS = List.of(
            new CharacteristicLimit(Characteristic.BR, 1.30, 1.33, null, 20, "IEC 60404-8-1"),
            new CharacteristicLimit(Characteristic.HCJ, 1592.0, null, null, 20, "IEC 60404-8-1"),
            new CharacteristicLimit(Characteristic.HCJ, 450.0, null, null, 150, "IEC 60404-8-1"));

    @Test
    void aSampleMeasuredForEveryCharacteristicAtTheItemTemperatureCounts() {
        assertThat(EvidenceMatcher.measurement(ITEMS, LIMITS, "LOT-1", "S1", 20.4, List.of(Characteristic.BR, Characteristic.HCJ)))
                .containsExactly(new EvidenceMatcher.Match("FAI-20C", "measurement:LOT-1/S1@20degC"));
    }

    @Test
    void aSampleMissingACharacteristicTheSpecLimitsDoesNotCount() {
        assertThat(EvidenceMatcher.measurement(ITEMS, LIMITS, "LOT-1", "S1", 20, List.of(Characteristic.HCJ))).isEmpty();
    }

    @Test
    void aSampleAtTheMaximumWorkingTemperatureCountsTowardTheHotItem() {
        assertThat(EvidenceMatcher.measurement(ITEMS, LIMITS, "LOT-1", "S1", 150, List.of(Characteristic.HCJ)))
                .extracting(EvidenceMatcher.Match::itemId).containsExactly("FAI-MAX");
    }

    @Test
    void aSampleAtAnotherTemperatureCountsForNothing() {
        assertThat(EvidenceMatcher.measurement(ITEMS, LIMITS, "LOT-1", "S1", 100,
                List.of(Characteristic.BR, Characteristic.HCJ))).isEmpty();
    }

    @Test
    void aRigRunIsAMotorTestAndItsKeAfterDemagPointTheDemagTest() {
        assertThat(EvidenceMatcher.motorPoint(ITEMS, "RUN-7", OperatingPointKind.KE_AFTER_DEMAG, 1.2)).containsExactly(
                new EvidenceMatcher.Match("MOTOR-TEST", "motor-run:RUN-7"), new EvidenceMatcher.Match("DEMAG-TEST", "demag-test:RUN-7"));
        assertThat(EvidenceMatcher.motorPoint(ITEMS, "RUN-7", OperatingPointKind.LOAD, null))
                .containsExactly(new EvidenceMatcher.Match("MOTOR-TEST", "motor-run:RUN-7"));
    }
}
