package org.specloop.loop.policy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * loop.proposals{outcome}: spec revisions the loop opened, withdrew (evidence back inside the dead
 * band) or replaced (withdrawn and proposed anew with a limit that moved). Counted here, in the
 * process wiring, once the commands were accepted, so the calculations stay free of metrics.
 */
@Component
public class LoopMetrics {
    public static final String PROPOSALS = "loop.proposals";
    private final Counter opened;
    private final Counter withdrawn;
    private final Counter replaced;

    public LoopMetrics(ObjectProvider<MeterRegistry> registry) {
        MeterRegistry meters = registry.getIfAvailable(() -> Metrics.globalRegistry);
        opened = counter(meters, "opened");
        withdrawn = counter(meters, "withdrawn");
        replaced = counter(meters, "replaced");
    }

    private static Counter counter(MeterRegistry registry, String outcome) {
        return Counter.builder(PROPOSALS).description("Loop proposals of spec revisions, by what happened to them")
                .tag("outcome", outcome).register(registry);
    }

    void opened() {
        opened.increment();
    }

    void withdrawn() {
        withdrawn.increment();
    }

    void replaced() {
        replaced.increment();
    }
}
