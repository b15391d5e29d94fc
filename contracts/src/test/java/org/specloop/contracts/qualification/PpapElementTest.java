package org.specloop.contracts.qualification;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The AIAG PPAP (4th edition) retention/submission table, row by row: S submit, R retain, * on request. */
class PpapElementTest {

    @ParameterizedTest(name = "element {0}: {1}")
    @CsvSource({
            "1, RSS*R", "2, RSS*R", "3, RRS*R", "4, RRS*R", "5, RRS*R", "6, RRS*R", "7, RRS*R", "8, RRS*R", "9, RSS*R",
            "10, RSS*R", "11, RRS*R", "12, RSS*R", "13, SSS*R", "14, RSS*R", "15, RRR*R", "16, RRR*R", "17, RRS*R",
            "18, SSSSR"})
    void eachElementFollowsTheManualsTable(int number, String row) {
        PpapElement element = PpapElement.values()[number - 1];
        assertThat(element.number()).isEqualTo(number);
        for (int level = 1; level <= 4; level++) {
            PpapRequirement expected = switch (row.charAt(level - 1)) {
                case 'S' -> PpapRequirement.SUBMIT;
                case '*' -> PpapRequirement.ON_REQUEST;
                default -> PpapRequirement.RETAIN;
            };
            assertThat(element.requirementAt(level)).as("level %d", level).isEqualTo(expected);
        }
        assertThat(element.requirementAt(5)).isEqualTo(PpapRequirement.REVIEW_ON_SITE);
    }

    @ParameterizedTest(name = "level {0} asks for {1} elements before the disposition")
    @CsvSource({"1, 1", "2, 7", "3, 15", "4, 1", "5, 17"})
    void theCustomerSeesMoreAtHigherLevels(int level, int planned) {
        // the appearance approval report (13) never applies to a magnet; level 2: 1, 2, 9, 10, 12, 14, 18
        assertThat(Arrays.stream(PpapElement.values()).filter(e -> e.plannedAt(level)).count()).isEqualTo(planned);
    }

    @Test
    void itemIdsNameTheElementNumber() {
        assertThat(PpapElement.DESIGN_FMEA.itemId()).isEqualTo("PPAP-04");
        assertThat(PpapElement.ofItemId("PPAP-18")).isEqualTo(PpapElement.PART_SUBMISSION_WARRANT);
        assertThat(PpapElement.ofItemId("FAI-20C")).isNull();
    }

    @Test
    void thereAreFiveLevels() {
        assertThatThrownBy(() -> PpapElement.CONTROL_PLAN.requirementAt(6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PpapElement.CONTROL_PLAN.requirementAt(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
