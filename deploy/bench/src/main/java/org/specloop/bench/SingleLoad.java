package org.specloop.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The baseline's write path, the way most teams first expose a command: one measurement per
 * POST /api/lots/{id}/measurements, so one command, one unit of work and one commit each, posted like
 * {@link HttpLoad}'s batches (see {@link LotLoad}).
 * <p>
 * Without an aggregate cache each command re-reads the lot's events, so the cost per measurement grows
 * with the lot: a time limit stops sending (requests in flight finish) and the run reports itself
 * incomplete rather than running for hours at large sizes.
 */
final class SingleLoad {

    private SingleLoad() {
    }

    static LotLoad.Result run(Api api, Measurements data, int threads, double timeLimitSeconds) throws Exception {
        List<List<String>> bodies = new ArrayList<>();
        for (int lot = 0; lot < data.lots(); lot++) {
            List<String> requests = new ArrayList<>(data.perLot());
            for (int i = 0; i < data.perLot(); i++) {
                requests.add(data.json(lot, i));
            }
            bodies.add(requests);
        }
        return LotLoad.run(api, data, bodies, "/measurements", SingleLoad::recorded, threads, timeLimitSeconds);
    }

    private static long recorded(String answer) {
        if (!answer.contains("\"measurementId\"")) {
            throw new IllegalStateException("no measurement id in the answer " + answer);
        }
        return 1;
    }
}
