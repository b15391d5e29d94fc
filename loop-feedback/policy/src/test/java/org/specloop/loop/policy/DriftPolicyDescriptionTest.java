package org.specloop.loop.policy;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A drift change names its first lots; the full list is its affected lots, however many lots a source has. */
class DriftPolicyDescriptionTest {

    @Test
    void upToTwentyLotsAreNamed() {
        assertThat(DriftPolicy.listed(List.of("LOT-1", "LOT-2"))).isEqualTo("LOT-1, LOT-2");
        assertThat(DriftPolicy.listed(lots(20))).endsWith("LOT-19").doesNotContain("more");
    }

    @Test
    void moreLotsAreCountedNotNamed() {
        String listed = DriftPolicy.listed(lots(200));

        assertThat(listed).startsWith("LOT-0, LOT-1,").contains("LOT-19 and 180 more (200 affected lots)")
                .doesNotContain("LOT-20");
    }

    private static List<String> lots(int n) {
        return IntStream.range(0, n).mapToObj(i -> "LOT-" + i).toList();
    }
}
