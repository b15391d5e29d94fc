package org.specloop.contracts.lot;

import java.util.List;

/**
 * Several IEC 60404 measurements of one lot, recorded together or not at all: a lab posts a run of
 * samples and temperatures at once, and the lot is evaluated once for the whole run.
 */
public record RecordMeasurements(String lotId, List<MeasurementEntry> measurements) {
}
