package org.specloop.query.registry;

import org.specloop.contracts.source.SupplySourceRegistered;
import org.specloop.query.QueryDatabase;

import java.time.Instant;

/** Supply sources registered through the real projection, for tests of the packages that read q_source. */
public final class RegisteredSources {
    private final SourceProjection projection;

    public RegisteredSources(QueryDatabase db) {
        this.projection = new SourceProjection(db.jdbc, db.json, db.history);
    }

    public void registered(SupplySourceRegistered event, Instant at, String eventId) {
        projection.on(event, at, eventId);
    }
}
