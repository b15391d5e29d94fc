package org.specloop.readside.shared;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTableTest {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    record Supplier(String id, String country) {
    }

    record Point(String name, double value) {
    }

    record Row(String text, double number, Integer count, Instant at, Supplier supplier, List<String> tags,
               List<Point> points) {
    }

    record Value(String symbol, double value, String unit) {
    }

    record Measurement(String id, double temperatureC, @CsvRowPerItem List<Value> values, String lab) {
    }

    record Twice(@CsvRowPerItem List<Value> a, @CsvRowPerItem List<Value> b) {
    }

    private static String csv(Class<?> type, List<?> rows) {
        StringWriter out = new StringWriter();
        CsvTable.of(type, JSON).write(rows, out);
        return out.toString();
    }

    @Test
    void headerComesFromTheComponentsWithNestedRecordsFlattened() {
        assertThat(csv(Row.class, List.of())).isEqualTo("text,number,count,at,supplier.id,supplier.country,tags,points\r\n");
    }

    @Test
    void writesPlainValuesNestedRecordsListsAndNulls() {
        Row row = new Row("plain", 1.32, null, Instant.parse("2026-01-02T03:04:05Z"), new Supplier("S-1", "JP"),
                List.of("a", "b"), List.of(new Point("p", 2.5)));
        assertThat(csv(Row.class, List.of(row))).isEqualTo("text,number,count,at,supplier.id,supplier.country,tags,points\r\n"
                + "plain,1.32,,2026-01-02T03:04:05Z,S-1,JP,a; b,\"[{\"\"name\"\":\"\"p\"\",\"\"value\"\":2.5}]\"\r\n");
    }

    @Test
    void quotesCommasQuotesAndLineBreaksPerRfc4180() {
        Row row = new Row("a,b \"c\"\nd\re", 0, 3, null, null, List.of(), List.of());
        assertThat(csv(Row.class, List.of(row)).split("\r\n", 2)[1])
                .isEqualTo("\"a,b \"\"c\"\"\nd\re\",0,3,,,,,\r\n");
    }

    @Test
    void defusesCellsASpreadsheetWouldRunAsFormulas() {
        for (String formula : List.of("=1+2", "+1", "-1+cmd", "@SUM(A1)", "\tx")) {
            assertThat(CsvTable.defuse(formula)).isEqualTo("'" + formula);
        }
        assertThat(CsvTable.defuse("Br 1.3")).isEqualTo("Br 1.3");
        Row row = new Row("=HYPERLINK(\"http://x\")", -1.5, -2, null, new Supplier("@S", "-JP"), List.of("+a"), List.of());
        assertThat(csv(Row.class, List.of(row)).split("\r\n", 2)[1])
                .as("text is defused, numbers stay numbers")
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\",-1.5,-2,,'@S,'-JP,'+a,\r\n");
    }

    @Test
    void largeAndSmallNumbersAreWrittenWithoutExponent() {
        Row row = new Row("x", 1.0E-7, null, null, null, null, null);
        assertThat(csv(Row.class, List.of(row)).split("\r\n", 2)[1]).isEqualTo("x,0.0000001,,,,,,\r\n");
    }

    @Test
    void aListMarkedRowPerItemGivesOneRowPerItemInPlace() {
        Measurement m = new Measurement("M-1", 20, List.of(new Value("Br", 1.32, "T"), new Value("HcJ", 1615.4, "kA/m")), "Lab");
        Measurement empty = new Measurement("M-2", 150, List.of(), "Lab");
        assertThat(csv(Measurement.class, List.of(m, empty))).isEqualTo("id,temperatureC,symbol,value,unit,lab\r\n"
                + "M-1,20,Br,1.32,T,Lab\r\n"
                + "M-1,20,HcJ,1615.4,kA/m,Lab\r\n"
                + "M-2,150,,,,Lab\r\n");
    }

    @Test
    void aPlainListIsOneValueColumn() {
        assertThat(csv(String.class, List.of("a", "=b"))).isEqualTo("value\r\na\r\n'=b\r\n");
    }

    @Test
    void refusesTwoListsExplodedAtOnce() {
        assertThatThrownBy(() -> CsvTable.of(Twice.class, JSON)).isInstanceOf(IllegalStateException.class);
    }
}
