package org.specloop.bench.plant;

import org.specloop.bench.common.ProcessCpu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/**
 * Where a phase's machine time went: the application's process, this client, and the rest of the machine
 * (PostgreSQL on a benchmark machine). Wall-clock rates move with the machine's neighbours by a third from
 * one run to the next here; CPU time per measurement moves much less, and tells a change's cost apart.
 * Reads Linux's /proc (clock ticks of 10 ms); elsewhere it reports nothing.
 */
final class CpuAccount {

    private static final double MS_PER_TICK = 10;
    private static final Path MACHINE = Path.of("/proc/stat");

    record Sample(long machineTicks, long appTicks, long clientNanos) {
    }

    record Spent(double machineMs, double appMs, double clientMs) {

        double othersMs() {
            return Math.max(0, machineMs - appMs - clientMs);
        }

        /** The split per unit of work done ({@code units} measurements or lots), in microseconds. */
        String per(String what, double units) {
            return String.format(Locale.ROOT, "%s: machine %.0f us = application %.0f + client %.0f + PostgreSQL and the rest %.0f",
                    what, 1000 * machineMs / units, 1000 * appMs / units, 1000 * clientMs / units, 1000 * othersMs() / units);
        }
    }

    private final Path app;

    CpuAccount(long appPid) {
        this.app = Path.of("/proc", Long.toString(appPid), "stat");
    }

    boolean available() {
        return Files.isReadable(MACHINE) && Files.isReadable(app);
    }

    Sample sample() throws IOException {
        return new Sample(machineBusyTicks(), ProcessCpu.ticks(app), clientCpuNanos());
    }

    static Spent between(Sample from, Sample to) {
        return new Spent((to.machineTicks - from.machineTicks) * MS_PER_TICK, (to.appTicks - from.appTicks) * MS_PER_TICK,
                (to.clientNanos - from.clientNanos) / 1e6);
    }

    /** user, nice, system, irq, softirq and steal of the first line of /proc/stat: all but idle and iowait. */
    private static long machineBusyTicks() throws IOException {
        return busyTicks(Files.readAllLines(MACHINE).get(0));
    }

    static long busyTicks(String cpuLine) {
        String[] fields = cpuLine.trim().split("\\s+");
        long busy = 0;
        for (int i : new int[] {1, 2, 3, 6, 7, 8}) {
            busy += Long.parseLong(fields[i]);
        }
        return busy;
    }

    private static long clientCpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }
}
