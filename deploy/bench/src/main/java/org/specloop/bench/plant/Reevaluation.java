package org.specloop.bench.plant;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;

/**
 * A quality engineer raises the 42SH HcJ minimum (1592 -> 1600 kA/m) and a second signs it: every lot of
 * the part in stock is evaluated again against revision 2. Timed from the approval's answer until every
 * processing group is at the head of the event store: the approval stores RevisionBecameEffective, and
 * lot-conformance moves past it only once every lot's evaluation is stored, so at the head the lot read model
 * has every new verdict. Then the lots showing a revision 2 verdict are counted in its table (this count is
 * what "every one shows its new verdict" means; polled every 20 ms it was itself a full scan of q_lot on a new
 * connection each time, a core of the database's two at 10^6) and one API page confirms it.
 */
final class Reevaluation {
    private final PlantApi api;
    private final PlantBuilder builder;
    private final PlantOptions options;

    Reevaluation(PlantApi api, PlantBuilder builder, PlantOptions options) {
        this.api = api;
        this.builder = builder;
        this.options = options;
    }

    record Result(double seconds, long lots) {
    }

    Result run(Duration timeout) throws Exception {
        Chain.Part part = Chain.Part.RTR_42SH;
        String draft = "{" + PlantBuilder.content(part, 1600) + ", \"reason\": \"HcJ margin for the hotter rotor\"}";
        long lots = count("SELECT count(*) FROM q_lot WHERE part_number = ? AND disposition <> 'REJECTED'", part.partNumber);
        api.post(PlantApi.Actor.ALICE, "/api/specifications/" + part.specificationId + "/revisions", draft);
        long start = System.nanoTime();
        builder.approve(part, 2, "HcJ minimum 1600 kA/m");
        long approved = System.nanoTime();
        new Processors(api).awaitHead(timeout);
        double seconds = (System.nanoTime() - approved) / 1e9;
        long evaluated = count("SELECT count(*) FROM q_lot WHERE part_number = ? AND evaluated_revision = 2", part.partNumber);
        if (evaluated < lots) {
            throw new IllegalStateException("every processor at the head, but only " + evaluated + " of " + lots + " lots of "
                    + part.partNumber + " show a verdict against revision 2");
        }
        String page = api.getOk(PlantApi.Actor.READER, "/api/lots?partNumber=" + part.partNumber + "&size=200&sort=receivedAt,asc");
        if (!page.contains("\"evaluatedRevision\":2") || page.contains("\"evaluatedRevision\":1")) {
            throw new IllegalStateException("the lot list does not show revision 2 verdicts: " + page.substring(0, Math.min(400, page.length())));
        }
        System.err.printf("re-evaluation: %d lots in %.2f s (approval request %.2f s)%n", lots, seconds, (approved - start) / 1e9);
        return new Result(seconds, lots);
    }

    private long count(String sql, String part) throws Exception {
        try (Connection c = DriverManager.getConnection(options.jdbc(), options.user(), "");
             PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, part);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
