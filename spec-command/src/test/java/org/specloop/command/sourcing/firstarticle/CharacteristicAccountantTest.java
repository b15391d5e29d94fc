package org.specloop.command.sourcing.firstarticle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.specloop.contracts.lot.PropertyValue;
import org.specloop.contracts.qualification.CharacteristicAccountability;
import org.specloop.contracts.qualification.CharacteristicVerdict;
import org.specloop.contracts.qualification.FirstArticleVerdict;
import org.specloop.contracts.qualification.SampleResult;
import org.specloop.contracts.specification.CharacteristicLimit;
import org.specloop.contracts.units.Characteristic;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Form 3 on hand-checked answers: limits inclusive, 2 degC tolerance, re-tests win, verdict precedence. */
class CharacteristicAccountantTest {
    private static final String REPORT = "FAI-EC-1";
    private static final CharacteristicLimit BR_20 = new CharacteristicLimit(Characteristic.BR, 1.28, 1.32, null, 20, "IEC 60404-8-1");
    private static final CharacteristicLimit HCJ_20 = new CharacteristicLimit(Characteristic.HCJ, 1592.0, null, null, 20, "IEC 60404-8-1");
    private static final CharacteristicLimit HCJ_150 = new CharacteristicLimit(Characteristic.HCJ, 450.0, null, null, 150, null);

    private static MeasuredSample sample(String lot, String sample, double temperature, Characteristic c, double value) {
        return new MeasuredSample(lot, sample, temperature, List.of(new PropertyValue(c, value)), "Lab A, HG-200, CLOSED_CIRCUIT_IEC_60404_5");
    }

    private static CharacteristicAccountability line(CharacteristicLimit limit, MeasuredSample... samples) {
        return CharacteristicAccountant.account(REPORT, "SPEC-1", 3, List.of(limit), List.of(samples)).get(0);
    }

    @ParameterizedTest(name = "Br {0} T against 1.28 .. 1.32 T is {1}")
    @CsvSource({"1.28, ACCEPTED", "1.32, ACCEPTED", "1.30, ACCEPTED", "1.2799, REJECTED", "1.3201, REJECTED"})
    void limitsAreInclusive(double br, CharacteristicVerdict verdict) {
        assertThat(line(BR_20, sample("L1", "S1", 20, Characteristic.BR, br)).verdict()).isEqualTo(verdict);
    }

    @ParameterizedTest(name = "HcJ {0} kA/m against >= 1592 is {1}")
    @CsvSource({"1592, ACCEPTED", "4000, ACCEPTED", "1591.9, REJECTED"})
    void aOneSidedLimitHasNoUpperBound(double hcj, CharacteristicVerdict verdict) {
        assertThat(line(HCJ_20, sample("L1", "S1", 20, Characteristic.HCJ, hcj)).verdict()).isEqualTo(verdict);
    }

    @ParameterizedTest(name = "a sample measured at {0} degC counts for a 20 degC limit: {1}")
    @CsvSource({"18, true", "22, true", "17.9, false", "22.1, false", "150, false"})
    void aSampleCountsWithinTwoDegrees(double temperature, boolean counts) {
        CharacteristicAccountability line = line(BR_20, sample("L1", "S1", temperature, Characteristic.BR, 1.30));
        assertThat(line.results()).hasSize(counts ? 1 : 0);
        assertThat(line.verdict()).isEqualTo(counts ? CharacteristicVerdict.ACCEPTED : CharacteristicVerdict.MISSING);
    }

    @Test
    void aReTestOfTheSameSampleReplacesItsEarlierValue() {
        CharacteristicAccountability line = line(BR_20, sample("L1", "S1", 20, Characteristic.BR, 1.27),
                sample("L1", "S1", 20.5, Characteristic.BR, 1.29));
        assertThat(line.results()).containsExactly(new SampleResult("L1", "S1", 20.5, 1.29, true));
        assertThat(line.verdict()).isEqualTo(CharacteristicVerdict.ACCEPTED);
    }

    @Test
    void theSameSampleNameInTwoLotsIsTwoSamples() {
        CharacteristicAccountability line = line(BR_20, sample("L2", "S1", 20, Characteristic.BR, 1.31),
                sample("L1", "S1", 20, Characteristic.BR, 1.30));
        assertThat(line.results()).extracting(SampleResult::lotId).containsExactly("L1", "L2");
    }

    @Test
    void oneSampleOutsideRejectsTheLineWithANonconformanceNumber() {
        CharacteristicAccountability line = CharacteristicAccountant.account(REPORT, "SPEC-1", 3, List.of(BR_20, HCJ_20),
                List.of(sample("L1", "S1", 20, Characteristic.HCJ, 1600), sample("L1", "S2", 20, Characteristic.HCJ, 1580),
                        sample("L1", "S3", 20, Characteristic.BR, 1.30))).get(1);
        assertThat(line.number()).isEqualTo(2);
        assertThat(line.verdict()).isEqualTo(CharacteristicVerdict.REJECTED);
        assertThat(line.nonconformance()).isEqualTo("FAI-EC-1-NC02");
        assertThat(line.results()).extracting(SampleResult::conforming).containsExactly(true, false);
    }

    @Test
    void aLineStatesItsRequirementReferenceAndTooling() {
        CharacteristicAccountability line = line(BR_20, sample("L1", "S1", 20, Characteristic.BR, 1.30));
        assertThat(line.requirement()).isEqualTo("Br 1.28 .. 1.32 T at 20 degC (IEC 60404-8-1)");
        assertThat(line.referenceLocation()).isEqualTo("SPEC-1 revision 3, characteristic 1");
        assertThat(line.tooling()).isEqualTo("Lab A, HG-200, CLOSED_CIRCUIT_IEC_60404_5");
        assertThat(line.nonconformance()).isNull();
        assertThat(CharacteristicAccountant.requirement(HCJ_150)).isEqualTo("HcJ >= 450 kA/m at 150 degC");
        assertThat(CharacteristicAccountant.requirement(new CharacteristicLimit(Characteristic.SQUARENESS, null, 1.0, null, 20, null)))
                .isEqualTo("Hk/HcJ <= 1 at 20 degC");
    }

    @Test
    void aRejectionOutranksAMissingCharacteristic() {
        List<CharacteristicAccountability> lines = CharacteristicAccountant.account(REPORT, "SPEC-1", 3,
                List.of(BR_20, HCJ_20, HCJ_150), List.of(sample("L1", "S1", 20, Characteristic.BR, 1.35),
                        sample("L1", "S1", 20, Characteristic.HCJ, 1600)));
        assertThat(lines).extracting(CharacteristicAccountability::verdict).containsExactly(
                CharacteristicVerdict.REJECTED, CharacteristicVerdict.ACCEPTED, CharacteristicVerdict.MISSING);
        assertThat(CharacteristicAccountant.verdict(lines)).isEqualTo(FirstArticleVerdict.REJECTED);
        assertThat(CharacteristicAccountant.verdict(lines.subList(1, 3))).isEqualTo(FirstArticleVerdict.INCOMPLETE);
        assertThat(CharacteristicAccountant.verdict(lines.subList(1, 2))).isEqualTo(FirstArticleVerdict.ACCEPTED);
    }

    @Test
    void aLineKeepsTheFirstFiftySamplesMeasuredAndTheirReTests() {
        List<MeasuredSample> samples = new java.util.ArrayList<>();
        for (int i = 1; i <= 51; i++) {
            samples.add(sample("L1", String.format("S%02d", i), 20, Characteristic.BR, i == 51 ? 1.40 : 1.30));
        }
        samples.add(sample("L1", "S01", 20, Characteristic.BR, 1.31));

        CharacteristicAccountability line = line(BR_20, samples.toArray(MeasuredSample[]::new));

        assertThat(line.results()).hasSize(50);
        assertThat(line.results().get(0).value()).isEqualTo(1.31);
        assertThat(line.results()).extracting(SampleResult::sampleId).doesNotContain("S51");
        assertThat(line.verdict()).isEqualTo(CharacteristicVerdict.ACCEPTED);
    }
}
