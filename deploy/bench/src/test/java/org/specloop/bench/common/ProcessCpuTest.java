package org.specloop.bench.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Known answers from /proc/&lt;pid&gt;/stat lines as the kernel writes them. */
class ProcessCpuTest {

    @Test
    void a_process_spends_its_user_and_system_time_whatever_its_name() {
        String stat = "4242 (java (main) x) S 1 4242 4242 0 -1 4194560 100 0 0 0 1234 567 8 9 20 0 60 0 99 0 0";

        assertThat(ProcessCpu.ticks(stat)).isEqualTo(1234 + 567);
    }
}
