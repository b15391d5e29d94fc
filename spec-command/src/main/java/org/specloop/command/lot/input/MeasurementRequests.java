package org.specloop.command.lot.input;

import org.specloop.contracts.common.ListLimits;
import org.specloop.contracts.common.TextLimits;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.specloop.command.kernel.FieldErrors;
import org.specloop.command.kernel.ClientIds;
import org.specloop.command.kernel.PastInstants;
import org.specloop.command.kernel.RequestValidationException;
import org.specloop.contracts.lot.MeasurementEntry;
import org.specloop.contracts.lot.MeasurementMethod;
import org.specloop.contracts.lot.PropertyValue;
import org.specloop.contracts.lot.RecordMeasurement;
import org.specloop.contracts.lot.RecordMeasurements;
import org.specloop.contracts.units.Characteristic;
import org.specloop.contracts.units.Dimension;
import org.specloop.contracts.units.Quantities;

/**
 * Maps a measurement request to its command, converting every value to its canonical unit here at
 * the edge, so that the event store only ever holds SI values and a wrong unit is refused, not stored.
 */
public final class MeasurementRequests {

    /** Compiled once: String.replaceAll compiled it again for every measurement. */
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^A-Z0-9]");

    /** One transaction per batch: large enough for a lab run, small enough to keep a commit short. */
    public static final int MAX_BATCH = ListLimits.MEASUREMENTS_PER_BATCH;

    private MeasurementRequests() {
    }

    public static RecordMeasurement record(String lotId, MeasurementRequest request, PastInstants past) {
        MeasurementEntry entry = entry(request, past);
        return new RecordMeasurement(lotId, entry.measurementId(), entry.sampleId(), entry.testTemperatureC(),
                entry.lab(), entry.instrument(), entry.method(), entry.values(), entry.measuredAt());
    }

    /**
     * Maps every entry of a batch, so one response lists the problems of all entries, each named by its
     * position (measurements[3].values[0].unit); one bad entry refuses the batch.
     */
    public static RecordMeasurements batch(String lotId, List<MeasurementRequest> requests, PastInstants past) {
        FieldErrors errors = new FieldErrors();
        if (requests == null || requests.isEmpty()) {
            errors.reject("measurements", "must hold at least one measurement");
        } else if (requests.size() > MAX_BATCH) {
            errors.reject("measurements", "holds " + requests.size() + " measurements; send at most " + MAX_BATCH
                    + " per request");
        }
        errors.throwIfAny();
        List<MeasurementEntry> entries = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            String path = "measurements[" + i + "]";
            if (errors.require(path, requests.get(i)) == null) {
                continue;
            }
            try {
                entries.add(entry(requests.get(i), past));
            } catch (RequestValidationException refused) {
                refused.errors().forEach(e -> errors.reject(path + "." + e.field(), e.message()));
            }
        }
        errors.throwIfAny();
        return new RecordMeasurements(lotId, entries);
    }

    private static MeasurementEntry entry(MeasurementRequest request, PastInstants past) {
        FieldErrors errors = new FieldErrors();
        ClientIds.check(errors, "measurementId", request.measurementId());
        errors.require("sampleId", request.sampleId(), TextLimits.ID);
        errors.require("lab", request.lab(), TextLimits.LABEL);
        errors.require("instrument", request.instrument(), TextLimits.LABEL);
        MeasurementMethod method = method(errors, request.method());
        Double temperature = temperature(errors, request.testTemperature());
        List<PropertyValue> values = values(errors, request.values());
        past.require(errors, "measuredAt", request.measuredAt());
        errors.throwIfAny();
        String measurementId = request.measurementId() == null || request.measurementId().isBlank()
                ? UUID.randomUUID().toString() : request.measurementId();
        return new MeasurementEntry(measurementId, request.sampleId(), temperature, request.lab(),
                request.instrument(), method, values, request.measuredAt());
    }

    private static Double temperature(FieldErrors errors, MeasurementRequest.Quantity temperature) {
        if (errors.require("testTemperature", temperature) == null
                || !errors.atMost("testTemperature.unit", temperature.unit(), TextLimits.UNIT)
                || !knownUnit(errors, "testTemperature.unit", temperature.unit(), Dimension.TEMPERATURE)) {
            return null;
        }
        return errors.temperature("testTemperature.value", temperature.value(), temperature.unit());
    }

    private static List<PropertyValue> values(FieldErrors errors, List<MeasurementRequest.Value> given) {
        if (given == null || given.isEmpty()) {
            errors.reject("values", "must name at least one measured property");
            return List.of();
        }
        if (!errors.atMostItems("values", given, ListLimits.MEASURED_VALUES)) {
            return List.of();
        }
        List<PropertyValue> values = new ArrayList<>();
        Set<Characteristic> seen = EnumSet.noneOf(Characteristic.class);
        Map<Characteristic, String> paths = new EnumMap<>(Characteristic.class);
        for (int i = 0; i < given.size(); i++) {
            String path = "values[" + i + "]";
            MeasurementRequest.Value value = given.get(i);
            if (errors.require(path, value) == null) {
                continue;
            }
            if (!errors.atMost(path + ".characteristic", value.characteristic(), TextLimits.CHARACTERISTIC)
                    || !errors.atMost(path + ".unit", value.unit(), TextLimits.UNIT)) {
                continue;
            }
            Characteristic characteristic = Characteristic.parse(value.characteristic()).orElse(null);
            if (characteristic == null) {
                errors.reject(path + ".characteristic", "'" + value.characteristic() + "' is not a known magnet property");
                continue;
            }
            errors.check(seen.add(characteristic), path + ".characteristic", characteristic.symbol() + " is given twice");
            // Only a ratio may omit its unit: "HcJ 19.5" without a unit is as likely kOe as kA/m.
            boolean hasUnit = value.unit() != null && !value.unit().isBlank();
            errors.check(hasUnit || characteristic.dimension() == Dimension.RATIO, path + ".unit",
                    "is required for " + characteristic.symbol() + " (canonical unit " + characteristic.unit() + ")");
            if (hasUnit && !knownUnit(errors, path + ".unit", value.unit(), characteristic.dimension())) {
                continue;
            }
            Double canonical = errors.quantity(path + ".value", characteristic, errors.require(path + ".value",
                    value.value()), value.unit());
            if (canonical != null) {
                values.add(new PropertyValue(characteristic, canonical));
                paths.putIfAbsent(characteristic, path + ".value");
            }
        }
        consistent(errors, values, paths);
        return values;
    }

    /** The set as a whole must be physically possible (MagnetPhysics); each breach names the value too large. */
    private static void consistent(FieldErrors errors, List<PropertyValue> values, Map<Characteristic, String> paths) {
        Map<Characteristic, Double> byCharacteristic = new EnumMap<>(Characteristic.class);
        values.forEach(v -> byCharacteristic.putIfAbsent(v.characteristic(), v.value()));
        MagnetPhysics.check(byCharacteristic).forEach(v -> errors.reject(paths.get(v.characteristic()), v.message()));
    }

    /** The unit is checked on its own first so that the error names the unit, not the value, as wrong. */
    private static boolean knownUnit(FieldErrors errors, String path, String unit, Dimension dimension) {
        return unit == null || errors.convert(path, () -> Quantities.toCanonical(1.0, unit, dimension)) != null;
    }

    /** Accepts the enum name or the usual words: "closed-circuit", "open-circuit", "IEC 60404-18". */
    private static MeasurementMethod method(FieldErrors errors, String text) {
        if (errors.require("method", text) == null || !errors.atMost("method", text, TextLimits.CODE)) {
            return null;
        }
        String key = NOT_LETTER_OR_DIGIT.matcher(text.toUpperCase(Locale.ROOT)).replaceAll("");
        if (key.startsWith("OPEN") || key.contains("6040418")) {
            return MeasurementMethod.OPEN_CIRCUIT_IEC_60404_18;
        }
        if (key.startsWith("CLOSED") || key.contains("604045")) {
            return MeasurementMethod.CLOSED_CIRCUIT_IEC_60404_5;
        }
        errors.reject("method", "'" + text + "' is not one of " + List.of(MeasurementMethod.values())
                + " (or closed-circuit, open-circuit)");
        return null;
    }
}
