package org.specloop.bench.plant;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rebuilds a processing group from the plant's events through the admin API and times it until the group is back at the head. */
final class Replay {
    static final String GROUP = "query-lots";
    private static final Pattern REPLAYING = Pattern.compile("\"replaying\"\\s*:\\s*(true|false)");
    private final PlantApi api;
    private final String group;

    Replay(PlantApi api) {
        this(api, GROUP);
    }

    Replay(PlantApi api, String group) {
        this.api = api;
        this.group = group;
    }

    record Result(double seconds, long events) {
        double perSecond() {
            return events / seconds;
        }
    }

    Result run(Duration timeout) throws Exception {
        String path = "/api/admin/processors/" + group;
        long head = PlantApi.number(api.getOk(PlantApi.Actor.ADMIN, path), "head");
        long start = System.nanoTime();
        api.post(PlantApi.Actor.ADMIN, path + "/replay", "{}");
        long deadline = start + timeout.toNanos();
        while (true) {
            String status = api.getOk(PlantApi.Actor.ADMIN, path);
            Matcher replaying = REPLAYING.matcher(status);
            if (replaying.find() && "false".equals(replaying.group(1)) && PlantApi.number(status, "lag") == 0) {
                break;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(group + " replay not done after " + timeout + ": " + status);
            }
            Thread.sleep(50);
        }
        return new Result((System.nanoTime() - start) / 1e9, head);
    }
}
