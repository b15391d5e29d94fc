package org.specloop.app.http;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * specloop.http.concurrency.*: how many reads and how many ingest requests a node works on at once, per CPU
 * core (docs/operations.md, "Concurrency limits"). Requests beyond the limit wait their turn, first come
 * first served; one that waited maxWait is answered 503 busy with Retry-After. Without a limit every request
 * got a thread and 32 readers on 2 cores queued unfairly for the 20 pooled connections the event processors
 * need too (the plant benchmark's reads: p99 about 200 ms, single requests over 1 s).
 *
 * @param readsPerCore  GET and HEAD requests worked on at once per core (health probes and metric scrapes,
 *                      the workspace's assets and its live-update stream are not counted)
 * @param ingestPerCore lot receipts and measurements (POST /api/lots, /api/lots/{id}/measurements[/batch]) and
 *                      every POST under /api/ingest/ worked on at once per core: appends beyond what the event
 *                      processors keep up with only lengthen the backlog every verdict waits behind (its
 *                      body is read before it waits, so a slow upload does not hold a turn)
 * @param maxWait       how long a request may wait for its turn before it is answered 503 busy
 */
@ConfigurationProperties("specloop.http.concurrency")
public record ConcurrencyLimits(@DefaultValue("4") int readsPerCore,
                                @DefaultValue("1") int ingestPerCore,
                                @DefaultValue("10s") Duration maxWait) {

    public ConcurrencyLimits {
        if (readsPerCore < 1 || ingestPerCore < 1) {
            throw new IllegalArgumentException("specloop.http.concurrency.reads-per-core and ingest-per-core must be"
                    + " at least 1, got " + readsPerCore + " and " + ingestPerCore);
        }
        if (maxWait.isNegative()) {
            throw new IllegalArgumentException("specloop.http.concurrency.max-wait must not be negative, got " + maxWait);
        }
    }

    int reads(int cores) {
        return readsPerCore * cores;
    }

    int ingest(int cores) {
        return ingestPerCore * cores;
    }
}
