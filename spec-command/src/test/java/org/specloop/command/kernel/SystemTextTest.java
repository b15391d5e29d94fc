package org.specloop.command.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SystemTextTest {

    @Test
    void parts_that_fit_are_joined_as_they_are() {
        assertThat(SystemText.join(List.of("a", "b", "c"), "; ", 100)).isEqualTo("a; b; c");
    }

    @Test
    void parts_that_do_not_fit_are_summarised_with_how_many_were_left_out() {
        List<String> parts = List.of("alpha", "bravo", "charlie", "delta");

        assertThat(SystemText.join(parts, "; ", 26)).isEqualTo("alpha; bravo; and 2 more");
    }

    @Test
    void a_thousand_parts_stay_within_the_limit_and_count_what_is_left_out() {
        List<String> parts = IntStream.range(0, 1000).mapToObj(i -> "sample S-" + i + " below 1592 kA/m").toList();

        String joined = SystemText.join(parts, "; ", 4000);

        assertThat(joined).hasSizeLessThanOrEqualTo(4000).startsWith("sample S-0 below").endsWith(" more");
        int kept = joined.split("; ").length - 1;
        assertThat(joined).endsWith("and " + (1000 - kept) + " more");
    }

    @Test
    void one_part_longer_than_the_limit_is_cut_not_dropped_silently() {
        String joined = SystemText.join(List.of("x".repeat(5000), "y"), "; ", 4000);

        assertThat(joined).hasSize("and 2 more".length()).isEqualTo("and 2 more");
    }

    @Test
    void a_long_text_is_cut_to_the_limit_saying_so() {
        String cut = SystemText.fit("r".repeat(4100), 4000);

        assertThat(cut).hasSize(4000).startsWith("rrr").endsWith(" ... (4100 characters in all, cut)");
        assertThat(SystemText.fit("short", 4000)).isEqualTo("short");
        assertThat(SystemText.fit(null, 10)).isNull();
    }
}
