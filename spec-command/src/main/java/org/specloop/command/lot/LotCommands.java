package org.specloop.command.lot;

import org.specloop.contracts.lot.ReceiveMagnetLot;
import org.specloop.contracts.lot.RecordMeasurement;

/**
 * Last-line checks of command fields. The HTTP edge refuses bad input with field paths first; these
 * guard the aggregate against other senders (policies, ingest adapters) and answer 400, not 409.
 */
final class LotCommands {

    private LotCommands() {
    }

    static void check(ReceiveMagnetLot command) {
        require(command.lotId(), "lotId");
        require(command.supplierId(), "supplierId");
        require(command.partNumber(), "partNumber");
        require(command.grade(), "grade");
        if (command.quantity() <= 0) {
            throw new IllegalArgumentException("quantity must be positive, got " + command.quantity());
        }
    }

    /** Values are canonical by contract: the edge converted them, so only their presence is checked here. */
    static void check(RecordMeasurement command) {
        require(command.measurementId(), "measurementId");
        require(command.sampleId(), "sampleId");
        if (command.values() == null || command.values().isEmpty()) {
            throw new IllegalArgumentException("a measurement needs at least one property value");
        }
    }

    static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }
}
