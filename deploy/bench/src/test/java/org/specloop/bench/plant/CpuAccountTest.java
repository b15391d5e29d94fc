package org.specloop.bench.plant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The load's CPU account reads Linux's /proc lines; known answers from lines as the kernel writes them. */
class CpuAccountTest {

    @Test
    void the_machine_is_busy_in_all_but_idle_and_io_wait() {
        // user nice system idle iowait irq softirq steal guest guest_nice
        assertThat(CpuAccount.busyTicks("cpu  1000 20 300 5000 40 5 6 7 0 0")).isEqualTo(1000 + 20 + 300 + 5 + 6 + 7);
    }

    @Test
    void a_phase_is_counted_in_milliseconds_of_ten_millisecond_ticks() {
        CpuAccount.Spent spent = CpuAccount.between(new CpuAccount.Sample(100, 40, 1_000_000),
                new CpuAccount.Sample(300, 140, 251_000_000));

        assertThat(spent.machineMs()).isEqualTo(2000);
        assertThat(spent.appMs()).isEqualTo(1000);
        assertThat(spent.clientMs()).isEqualTo(250);
        assertThat(spent.othersMs()).as("PostgreSQL and the rest").isEqualTo(750);
        assertThat(spent.per("load CPU per measurement", 1000))
                .isEqualTo("load CPU per measurement: machine 2000 us = application 1000 + client 250 + PostgreSQL and the rest 750");
    }
}
