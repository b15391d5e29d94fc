package org.specloop.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdsTest {

    private final Ids ids = new Ids();

    private String of(String text) {
        char[] buffer = ("xx" + text + "yy").toCharArray();
        return ids.of(buffer, 2, text.length());
    }

    @Test
    void theSameIdComesBackAsTheSameString() {
        String first = of("BENCH-RUN-007");
        assertThat(of("BENCH-RUN-007")).isEqualTo("BENCH-RUN-007").isSameAs(first);
    }

    @Test
    void manyIdsSharingSlotsAreEachReadBackExactly() {
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 5000; i++) {
                assertThat(of("RUN-" + i)).isEqualTo("RUN-" + i);
            }
        }
    }
}
