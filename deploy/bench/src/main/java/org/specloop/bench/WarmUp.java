package org.specloop.bench;

import org.specloop.bench.common.ProcessCpu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Before the clock: the same kind of requests on lots of their own, then a wait until the application's
 * process is idle. On 2 cores the JIT of a freshly started Spring, Axon and JDBC application takes as much
 * CPU as the requests for the first hundred thousand measurements; the figure should be a running node's.
 */
final class WarmUp {

    /** One load of a data set, as the measured run does it. */
    interface Load {
        LotLoad.Result run(Api api, Measurements data) throws Exception;
    }

    record Done(long measurements, double seconds, double settleSeconds) {
    }

    /** Idle: under a tenth of a core (10 clock ticks of 100 Hz) for a second - heartbeats and polls only. */
    private static final long IDLE_TICKS_PER_SECOND = 10;

    private WarmUp() {
    }

    static Done run(Api api, Measurements warm, Load load, long appPid, int settleMaxSeconds) throws Exception {
        api.receiveLots(warm);
        LotLoad.Result result = load.run(api, warm);
        if (result.recorded() != warm.total()) {
            throw new IllegalStateException("warm-up: sent " + warm.total() + ", answered as recorded " + result.recorded());
        }
        long settleStart = System.nanoTime();
        untilIdle(appPid, settleMaxSeconds);
        return new Done(result.recorded(), result.seconds(), (System.nanoTime() - settleStart) / 1e9);
    }

    private static void untilIdle(long pid, int maxSeconds) throws IOException, InterruptedException {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (pid <= 0 || !Files.isReadable(stat)) {
            System.err.println("warm-up: no /proc entry of the application (--app-pid); not waiting for it to go idle");
            return;
        }
        long previous = ProcessCpu.ticks(stat);
        for (int waited = 0; waited < maxSeconds; waited++) {
            Thread.sleep(1000);
            long now = ProcessCpu.ticks(stat);
            if (now - previous <= IDLE_TICKS_PER_SECOND) {
                return;
            }
            previous = now;
        }
        System.err.println("warm-up: application still busy after " + maxSeconds + " s; starting the clock anyway");
    }
}
