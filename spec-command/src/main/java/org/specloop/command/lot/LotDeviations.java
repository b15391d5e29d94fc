package org.specloop.command.lot;

import java.util.LinkedHashMap;
import java.util.Map;
import org.specloop.command.kernel.RuleViolation;
import org.specloop.contracts.lot.DeviationDisposition;
import org.specloop.contracts.lot.LotDeviationRequested;

/**
 * A lot's material review record: the deviations asked for it and which one is still waiting for a
 * signature. One open deviation at a time, so that two reviews cannot decide the same lot differently.
 */
final class LotDeviations {
    enum Status { OPEN, APPROVED, REJECTED }

    record Deviation(String id, DeviationDisposition disposition, String reason, String requestedBy, Status status) {
        boolean sameRequest(DeviationDisposition otherDisposition, String otherReason, String otherRequester) {
            return disposition == otherDisposition && reason.equals(otherReason) && requestedBy.equals(otherRequester);
        }
    }

    private final Map<String, Deviation> byId = new LinkedHashMap<>();

    Deviation find(String deviationId) {
        return byId.get(deviationId);
    }

    /** The deviation a signature or refusal is about: it must exist and still wait for a decision. */
    Deviation open(String lotId, String deviationId) {
        Deviation deviation = byId.get(deviationId);
        if (deviation == null) {
            throw new RuleViolation("deviation-not-found", "lot " + lotId + " has no deviation " + deviationId);
        }
        if (deviation.status() != Status.OPEN) {
            throw new RuleViolation("deviation-not-open", "deviation " + deviationId + " of lot " + lotId + " is already "
                    + deviation.status());
        }
        return deviation;
    }

    void refuseIfAnyOpen(String lotId) {
        byId.values().stream().filter(d -> d.status() == Status.OPEN).findFirst().ifPresent(d -> {
            throw new RuleViolation("deviation-open", "deviation " + d.id() + " of lot " + lotId
                    + " still waits for a signature; sign or reject it before asking for another");
        });
    }

    void requested(LotDeviationRequested event) {
        byId.put(event.deviationId(), new Deviation(event.deviationId(), event.disposition(), event.reason(),
                event.requestedBy(), Status.OPEN));
    }

    void decided(String deviationId, Status status) {
        Deviation d = byId.get(deviationId);
        if (d != null) {
            byId.put(deviationId, new Deviation(d.id(), d.disposition(), d.reason(), d.requestedBy(), status));
        }
    }
}
