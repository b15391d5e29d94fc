package org.specloop.bench.plant;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lot of chain C whose Br came in 1.1 % low (about seven lot-to-lot sigma): its five samples arrive in one
 * batch, and the probe polls the DRIFT engineering changes until one names the lot. A change already open for
 * the source (a false alarm of the bulk data, which the watch allows at about 0.5 per 1,000 lots) would
 * absorb the signal, so such a change is rejected first, as a quality engineer would after looking at it.
 */
final class DriftProbe {
    private static final Pattern DRIFT_ID = Pattern.compile("\"(?:engineeringChangeId|id|changeId)\"\\s*:\\s*\"(EC-DRIFT-[^\"]+)\"");
    private final PlantApi api;
    private final PlantBuilder builder;

    DriftProbe(PlantApi api, PlantBuilder builder) {
        this.api = api;
        this.builder = builder;
    }

    /** Milliseconds from the drifted lot's accepted measurements to its drift change readable in the API. */
    double run(Plant plant, Duration timeout) throws Exception {
        PlantLot lot = plant.driftLot;
        int rejected = rejectOpenChanges(lot.chain().magnetMaker());
        if (rejected > 0) {
            System.err.println("drift probe: rejected " + rejected + " open false-alarm drift change(s) of " + lot.chain().magnetMaker());
        }
        builder.receive(List.of(lot));
        while (api.get(PlantApi.Actor.READER, "/api/lots/" + lot.lotId()).status() != 200) {
            Thread.sleep(5);
        }
        api.post(PlantApi.Actor.LAB, "/api/lots/" + lot.lotId() + "/measurements/batch", lot.batchJson(0, VerdictProbe.MEASUREMENTS));
        long accepted = System.nanoTime();
        long deadline = accepted + timeout.toNanos();
        while (!api.getOk(PlantApi.Actor.READER, "/api/engineering-changes?trigger=DRIFT&size=200&sort=raisedAt,desc")
                .contains(lot.lotId())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no drift change names " + lot.lotId() + " after " + timeout);
            }
            Thread.sleep(VerdictProbe.POLL_MILLIS);
        }
        return (System.nanoTime() - accepted) / 1e6;
    }

    private int rejectOpenChanges(String source) throws Exception {
        String list = api.getOk(PlantApi.Actor.READER, "/api/engineering-changes?trigger=DRIFT&size=200");
        Matcher ids = DRIFT_ID.matcher(list);
        int rejected = 0;
        while (ids.find()) {
            String id = ids.group(1);
            if (!id.startsWith("EC-DRIFT-" + source + "-")) {
                continue;
            }
            String status = PlantApi.text(api.getOk(PlantApi.Actor.READER, "/api/engineering-changes/" + id), "status");
            if (!"REJECTED".equals(status) && !"APPROVED".equals(status) && !"CLOSED".equals(status)) {
                api.post(PlantApi.Actor.BOB, "/api/engineering-changes/" + id + "/rejection",
                        "{\"reason\": \"plant benchmark: a false alarm of the stable bulk data\", \"password\": \"bob-demo\"}");
                rejected++;
            }
        }
        return rejected;
    }
}
