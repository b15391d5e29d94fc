package org.specloop.ingest.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.specloop.command.kernel.PastInstants;
import org.specloop.command.kernel.RequestValidationException;
import org.specloop.contracts.lot.MeasurementMethod;
import org.specloop.contracts.lot.PropertyValue;
import org.specloop.contracts.lot.RecordMeasurement;
import org.specloop.contracts.units.Characteristic;
import org.specloop.ingest.Refusal;
import org.specloop.ingest.parse.CsvTable;

/**
 * A hysteresisgraph's result table, row by row, into the lab measurement message: the row is read here,
 * judged by LabMessages exactly as an NDJSON line is (the reasons are compared word for word).
 */
class LabCsvTest {
    private static final LabMessages LAB = new LabMessages(new PastInstants(
            Clock.fixed(Instant.parse("2026-06-01T12:00:00Z"), ZoneOffset.UTC), Duration.ofMinutes(5)));

    private static final String EXPORT = """
            Lot;Sample;Measured at;T [degC];Br [T];HcB [kA/m];HcJ [kOe];(BH)max [kJ/m3];Hk/HcJ
            LOT-1;S-1;2026-01-05T06:00:00Z;20;1,31;995;20,1;330;0,95
            LOT-1;S-2;2026-01-05 06:05:00+01:00;150;1,18;;12,0;270;
            """;

    private static final LabCsv.Mapping CONSTANTS_ONLY = new LabCsv.Mapping(null, null, null, null, null, null, null,
            "QC lab", "HG-200", "closed-circuit", null);

    private static CsvTable table(String text) {
        return CsvTable.read(text.getBytes(StandardCharsets.UTF_8), 1, 100);
    }

    private static RecordMeasurement row(LabCsv csv, CsvTable table, int index) {
        return LAB.labMeasurement(csv.line(table.rows().get(index)).json());
    }

    @Test
    void theHeaderAloneMapsAnInstrumentExportAndUnitsAreConvertedLikeAnyLabMessage() {
        CsvTable table = table(EXPORT);
        LabCsv csv = LabCsv.bind(CONSTANTS_ONLY, table);
        assertThat(csv.values()).extracting(LabCsv.ValueColumn::characteristic)
                .containsExactly("Br", "HcB", "HcJ", "(BH)max", "Hk/HcJ");

        RecordMeasurement first = row(csv, table, 0);
        assertThat(first.lotId()).isEqualTo("LOT-1");
        assertThat(first.sampleId()).isEqualTo("S-1");
        assertThat(first.testTemperatureC()).isEqualTo(20.0);
        assertThat(first.method()).isEqualTo(MeasurementMethod.CLOSED_CIRCUIT_IEC_60404_5);
        assertThat(first.measuredAt()).isEqualTo(Instant.parse("2026-01-05T06:00:00Z"));
        assertThat(first.values()).extracting(PropertyValue::characteristic).containsExactly(Characteristic.BR,
                Characteristic.HCB, Characteristic.HCJ, Characteristic.BH_MAX, Characteristic.SQUARENESS);
        assertThat(first.values().get(0).value()).as("decimal comma in a semicolon file").isEqualTo(1.31);
        assertThat(first.values().get(2).value()).as("20.1 kOe in kA/m").isCloseTo(1599.5, org.assertj.core.api.Assertions.within(0.1));
    }

    @Test
    void aBlankCellIsAPropertyNotMeasuredOnThatSample() {
        CsvTable table = table(EXPORT);
        RecordMeasurement second = row(LabCsv.bind(CONSTANTS_ONLY, table), table, 1);
        assertThat(second.values()).extracting(PropertyValue::characteristic)
                .containsExactly(Characteristic.BR, Characteristic.HCJ, Characteristic.BH_MAX);
        assertThat(second.measuredAt()).as("a space for the T, with an offset").isEqualTo(Instant.parse("2026-01-05T05:05:00Z"));
        assertThat(second.testTemperatureC()).isEqualTo(150.0);
    }

    @Test
    void aRowIsRefusedWithTheVeryReasonItsNdjsonLineGets() {
        CsvTable table = table("""
                Lot,Sample,Measured at,T [degC],HcJ [furlong]
                LOT-1,S-1,2026-01-05T06:00:00Z,20,1650
                LOT-1,S-2,2030-01-05T06:00:00Z,20,1650
                """);
        LabCsv csv = LabCsv.bind(CONSTANTS_ONLY, table);
        String ndjsonUnit = """
                {"lotId":"LOT-1","measurementId":"M","sampleId":"S-1","testTemperature":{"value":20,"unit":"degC"},
                 "lab":"QC lab","instrument":"HG-200","method":"CLOSED_CIRCUIT_IEC_60404_5",
                 "values":[{"characteristic":"HcJ","value":1650,"unit":"furlong"}],"measuredAt":"2026-01-05T06:00:00Z"}""";
        assertThat(reason(() -> row(csv, table, 0))).isEqualTo(reason(() -> LAB.labMeasurement(
                ndjsonUnit.getBytes(StandardCharsets.UTF_8)))).contains("values[0].unit");
        String ndjsonFuture = ndjsonUnit.replace("2026-01-05", "2030-01-05");
        assertThat(reason(() -> row(csv, table, 1))).isEqualTo(reason(() -> LAB.labMeasurement(
                ndjsonFuture.getBytes(StandardCharsets.UTF_8)))).contains("measuredAt");
        assertThat(csv.line(table.rows().get(0)).columns()).containsEntry("values[0]", "HcJ [furlong]")
                .containsEntry("measuredAt", "Measured at");
    }

    @Test
    void aRowWithoutAnyValueOrWithoutLabIsRefusedByTheSharedRules() {
        CsvTable table = table("Lot,Sample,Date,Temperature,HcJ [kA/m]\nLOT-1,S-1,2026-01-05T06:00:00Z,20,\n");
        assertThat(reason(() -> row(LabCsv.bind(CONSTANTS_ONLY, table), table, 0)))
                .contains("values must name at least one measured property");
        LabCsv noLab = LabCsv.bind(new LabCsv.Mapping(null, null, null, null, null, null, null, null, "HG-200",
                "closed-circuit", null), table(EXPORT));
        assertThat(reason(() -> row(noLab, table(EXPORT), 0))).contains("lab is required");
    }

    @Test
    void aCellThatIsNotANumberIsRefusedNamingItsColumn() {
        CsvTable table = table("Lot,Sample,Date,T,HcJ [kA/m]\nLOT-1,S-1,2026-01-05T06:00:00Z,20,1.650,5\n"
                + "LOT-1,S-2,2026-01-05T06:00:00Z,20,n/a\nLOT-1,S-3,2026-01-05T06:00:00Z,20,\"1,650\"\n");
        LabCsv csv = LabCsv.bind(CONSTANTS_ONLY, table);
        assertThat(reason(() -> csv.line(table.rows().get(0)))).isEqualTo("the line has 6 cells, the header 5"
                + " (delimiter ','; a cell holding it must be quoted)");
        assertThat(reason(() -> csv.line(table.rows().get(1)))).isEqualTo("column 'HcJ [kA/m]': 'n/a' is not a number"
                + " (write decimals with a point in a comma-separated file)");
        assertThat(reason(() -> csv.line(table.rows().get(2)))).as("no decimal comma in a comma-separated file")
                .contains("'1,650' is not a number");
    }

    @Test
    void aLocalTimeNeedsTheZoneOfTheInstrumentsClock() {
        String text = "Lot,Sample,Date,T,HcJ [kA/m]\nLOT-1,S-1,2026-01-05 07:00:00,20,1650\n";
        CsvTable table = table(text);
        assertThat(reason(() -> LabCsv.bind(CONSTANTS_ONLY, table).line(table.rows().get(0))))
                .contains("has no UTC offset").contains("timeZone");
        LabCsv berlin = LabCsv.bind(new LabCsv.Mapping(null, null, null, null, null, null, null, "QC lab", "HG-200",
                "closed-circuit", "Europe/Berlin"), table);
        assertThat(row(berlin, table, 0).measuredAt()).isEqualTo(Instant.parse("2026-01-05T06:00:00Z"));
    }

    @Test
    void anExplicitMappingNamesColumnsCharacteristicsAndUnits() {
        CsvTable table = table("Charge,Probe,Zeit,Temp,Koerz,Rem\nLOT-1,S-1,2026-01-05T06:00:00Z,68,20.1,13.1\n");
        LabCsv csv = LabCsv.bind(new LabCsv.Mapping("Charge", "Probe", "Zeit", "Temp", "degF", null,
                List.of("Koerz|HcJ|kOe", "Rem|Br|kG"), "QC lab", "HG-200", "CLOSED_CIRCUIT_IEC_60404_5", null), table);
        RecordMeasurement m = row(csv, table, 0);
        assertThat(m.testTemperatureC()).isCloseTo(20.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(m.values()).extracting(PropertyValue::characteristic).containsExactly(Characteristic.HCJ, Characteristic.BR);
        assertThat(m.values().get(1).value()).isCloseTo(1.31, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void aMappingThatNamesAColumnTheFileLacksRefusesTheWholeFile() {
        CsvTable table = table("Lot,Sample,Date,T,HcJ [kA/m]\nLOT-1,S-1,2026-01-05T06:00:00Z,20,1650\n");
        assertThatThrownBy(() -> LabCsv.bind(new LabCsv.Mapping("Charge", null, null, null, null, null,
                List.of("Hk [kA/m]"), "QC lab", "HG-200", "closed-circuit", "Mars/Olympus"), table))
                .isInstanceOf(RequestValidationException.class)
                .satisfies(e -> assertThat(((RequestValidationException) e).errors()).extracting(f -> f.field())
                        .containsExactly("lotId", "timeZone", "value[0]"));
        CsvTable noIds = table("Name,HcJ [kA/m]\nx,1650\n");
        assertThatThrownBy(() -> LabCsv.bind(CONSTANTS_ONLY, noIds)).isInstanceOf(RequestValidationException.class)
                .hasMessageContaining("sampleId").hasMessageContaining("measuredAt");
    }

    @Test
    void withoutAMeasurementIdColumnTheIdIsTheSameOnEveryImportOfTheRow() {
        CsvTable table = table(EXPORT);
        LabCsv csv = LabCsv.bind(CONSTANTS_ONLY, table);
        String first = csv.line(table.rows().get(0)).measurementId();
        assertThat(LabCsv.bind(CONSTANTS_ONLY, table(EXPORT)).line(table(EXPORT).rows().get(0)).measurementId())
                .isEqualTo(first).startsWith("csv-");
        assertThat(csv.line(table.rows().get(1)).measurementId()).isNotEqualTo(first);
    }

    private static String reason(Runnable call) {
        try {
            call.run();
        } catch (Refusal e) {
            return e.reason();
        }
        throw new AssertionError("not refused");
    }
}
