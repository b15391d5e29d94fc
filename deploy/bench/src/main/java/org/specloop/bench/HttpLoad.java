package org.specloop.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The real write path: each lot's measurements posted in batches, in order (see {@link LotLoad}). */
final class HttpLoad {
    private static final Pattern RECORDED = Pattern.compile("\"recorded\"\\s*:\\s*(\\d+)");

    private HttpLoad() {
    }

    static LotLoad.Result run(Api api, Measurements data, int batch, int threads) throws Exception {
        List<List<String>> bodies = new ArrayList<>();
        for (int lot = 0; lot < data.lots(); lot++) {
            List<String> requests = new ArrayList<>();
            for (int from = 0; from < data.perLot(); from += batch) {
                StringBuilder body = new StringBuilder("[");
                for (int i = from; i < Math.min(from + batch, data.perLot()); i++) {
                    body.append(i == from ? "" : ",").append(data.json(lot, i));
                }
                requests.add(body.append(']').toString());
            }
            bodies.add(requests);
        }
        return LotLoad.run(api, data, bodies, "/measurements/batch", HttpLoad::recorded, threads, 0);
    }

    private static long recorded(String answer) {
        Matcher m = RECORDED.matcher(answer);
        if (!m.find()) {
            throw new IllegalStateException("no count of recorded measurements in " + answer);
        }
        return Long.parseLong(m.group(1));
    }
}
