package org.specloop.bench.plant;

import java.util.Iterator;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * While the load runs, one probe lot at a time gets its five samples (ten measurements, one batch) and the
 * probe polls the lot's page until its conformance verdict is readable: the time from the batch's accepted
 * answer to the verdict is what an inspector waits before the lot is released or held.
 */
final class VerdictProbe implements Runnable {
    static final int MEASUREMENTS = 10;
    static final long POLL_MILLIS = 10;
    private final PlantApi api;
    private final Iterator<PlantLot> lots;
    private final AtomicBoolean stop = new AtomicBoolean();
    final Latencies latencies = new Latencies();
    private volatile Exception failure;

    VerdictProbe(PlantApi api, Plant plant) {
        this.api = api;
        this.lots = plant.probes.iterator();
    }

    void stop() {
        stop.set(true);
    }

    Exception failure() {
        return failure;
    }

    @Override
    public void run() {
        try {
            while (!stop.get() && lots.hasNext()) {
                PlantLot lot = lots.next();
                api.post(PlantApi.Actor.LAB, "/api/lots/" + lot.lotId() + "/measurements/batch", lot.batchJson(0, MEASUREMENTS));
                long accepted = System.nanoTime();
                String path = "/api/lots/" + lot.lotId();
                while (!verdictIn(api.getOk(PlantApi.Actor.READER, path))) {
                    // every 10 ms: a finer poll would be a load of its own on the node it measures
                    Thread.sleep(POLL_MILLIS);
                }
                latencies.add(System.nanoTime() - accepted);
                Thread.sleep(200);
            }
        } catch (Exception e) {
            failure = e;
        }
    }

    /** The lot's last evaluation saw all ten measurements. */
    private static boolean verdictIn(String lot) {
        return PlantApi.number(lot, "measurementsCount") == MEASUREMENTS && "PASS".equals(PlantApi.text(lot, "lastVerdict"));
    }
}
