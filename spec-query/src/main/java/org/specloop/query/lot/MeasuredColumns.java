package org.specloop.query.lot;

import org.specloop.contracts.units.Characteristic;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The columns of q_lot_measurement that hold a measurement's properties in their canonical units, one per
 * characteristic, named after it (HCJ in hcj); null where the measurement did not measure it. One row per
 * measurement instead of one per property: the property rows were two thirds of PostgreSQL's work for a
 * measurement in query-lots (docs/benchmarks.md, "replay").
 */
final class MeasuredColumns {
    static final List<String> ALL = Arrays.stream(Characteristic.values()).map(MeasuredColumns::of).toList();

    private MeasuredColumns() {
    }

    static String of(Characteristic characteristic) {
        return characteristic.name().toLowerCase(Locale.ROOT);
    }
}
