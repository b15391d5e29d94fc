package org.specloop.query.lot;

import org.junit.jupiter.api.Test;
import org.specloop.contracts.lot.MeasurementMethod;
import org.specloop.contracts.lot.MeasurementRecorded;
import org.specloop.contracts.lot.PropertyValue;
import org.specloop.contracts.units.Characteristic;
import org.specloop.query.QueryDatabase;
import org.specloop.query.shared.Page;
import org.specloop.query.shared.PageQuery;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.specloop.query.Fixtures.at;

/** A lot's measurements read back with every property the lab sent, each in its canonical unit. */
class LotMeasurementsTest {
    private final QueryDatabase db = new QueryDatabase();
    private final LotProjection projection = new LotProjection(db.jdbc, db.json, db.history);
    private final LotMeasurements measurements = new LotMeasurements(db.jdbc);

    @Test
    void every_characteristic_is_stored_and_read_back_in_the_standards_order() {
        Characteristic[] all = Characteristic.values();
        List<PropertyValue> sent = new ArrayList<>(Arrays.stream(all)
                .map(c -> new PropertyValue(c, 0.5 + c.ordinal() / 100.0)).toList());
        Collections.reverse(sent);
        measure("M-1", sent);

        LotMeasurement read = all(null).items().get(0);

        assertThat(read.values()).extracting(MeasuredValue::characteristic)
                .containsExactlyElementsOf(Arrays.stream(all).map(Characteristic::name).toList());
        assertThat(read.values()).allSatisfy(v -> assertThat(v.value())
                .isEqualTo(0.5 + Characteristic.valueOf(v.characteristic()).ordinal() / 100.0));
        assertThat(read.values().get(2).symbol()).isEqualTo("HcJ");
        assertThat(read.values().get(2).unit()).isEqualTo("kA/m");
    }

    @Test
    void a_characteristic_filter_lists_the_measurements_of_it_with_that_value_alone() {
        measure("M-1", List.of(new PropertyValue(Characteristic.BR, 1.31), new PropertyValue(Characteristic.HCJ, 1600)));
        measure("M-2", List.of(new PropertyValue(Characteristic.BR, 1.29)));
        measure("M-3", List.of(new PropertyValue(Characteristic.HCJ, 1650), new PropertyValue(Characteristic.HK, 1550)));

        Page<LotMeasurement> hcj = all(Characteristic.HCJ);

        assertThat(hcj.total()).isEqualTo(2);
        assertThat(hcj.items()).extracting(LotMeasurement::measurementId).containsExactly("M-1", "M-3");
        assertThat(hcj.items()).flatExtracting(LotMeasurement::values).extracting(MeasuredValue::value)
                .containsExactly(1600.0, 1650.0);
        assertThat(all(Characteristic.DENSITY).items()).isEmpty();
    }

    @Test
    void a_property_sent_twice_and_a_measurement_sent_again_keep_the_first_value() {
        List<PropertyValue> twice = List.of(new PropertyValue(Characteristic.BR, 1.31), new PropertyValue(Characteristic.BR, 1.45));
        measure("M-1", twice);
        measure("M-1", List.of(new PropertyValue(Characteristic.BR, 1.20), new PropertyValue(Characteristic.HCJ, 1600)));

        assertThat(all(null).items()).singleElement().satisfies(m -> assertThat(m.values())
                .extracting(MeasuredValue::value).containsExactly(1.31));
    }

    private Page<LotMeasurement> all(Characteristic characteristic) {
        return measurements.find("L-1", null, characteristic, null, new PageQuery(0, 50, "measurement_id", false));
    }

    private void measure(String measurementId, List<PropertyValue> values) {
        projection.on(new MeasurementRecorded("L-1", "P-100", measurementId, "S1", 20, "Lab A", "HG-200",
                MeasurementMethod.CLOSED_CIRCUIT_IEC_60404_5, values, at(1)), at(1), "event-" + measurementId + "-" + values.size());
    }
}
