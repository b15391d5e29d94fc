package org.specloop.command.lot;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.specloop.command.kernel.Required;
import org.specloop.contracts.lot.MeasurementEntry;
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
        Required.argument(command.lotId(), "lotId");
        Required.argument(command.supplierId(), "supplierId");
        Required.argument(command.partNumber(), "partNumber");
        Required.argument(command.grade(), "grade");
        // required, not defaulted to the server's clock: the edge refuses a missing one, so must the aggregate
        Required.argument(command.receivedAt(), "receivedAt");
        if (command.quantity() <= 0) {
            throw new IllegalArgumentException("quantity must be positive, got " + command.quantity());
        }
    }

    static MeasurementEntry entry(RecordMeasurement command) {
        return new MeasurementEntry(command.measurementId(), command.sampleId(), command.testTemperatureC(),
                command.lab(), command.instrument(), command.method(), command.values(), command.measuredAt());
    }

    /** Positions of the entries whose id the lot has not recorded yet, each id once, in the order sent. */
    static List<Integer> unseen(List<MeasurementEntry> entries, Set<String> recorded) {
        Set<String> inBatch = new HashSet<>();
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            MeasurementEntry entry = entries.get(i);
            String id = entry == null ? null : entry.measurementId();
            if (id == null || (!recorded.contains(id) && inBatch.add(id))) {
                fresh.add(i); // a missing entry or id is kept so that the check refuses it
            }
        }
        return fresh;
    }

    /**
     * Values are canonical by contract: the edge converted them, so only their presence is checked here.
     * In a batch the message names the entry by its position, as the HTTP edge does.
     */
    static void check(MeasurementEntry entry, String prefix) {
        if (entry == null) {
            throw new IllegalArgumentException(prefix + " is missing");
        }
        String path = prefix.isEmpty() ? "" : prefix + ".";
        Required.argument(entry.measurementId(), path + "measurementId");
        Required.argument(entry.sampleId(), path + "sampleId");
        Required.argument(entry.measuredAt(), path + "measuredAt");
        if (entry.values() == null || entry.values().isEmpty()) {
            throw new IllegalArgumentException((prefix.isEmpty() ? "a measurement" : prefix)
                    + " needs at least one property value");
        }
    }
}
