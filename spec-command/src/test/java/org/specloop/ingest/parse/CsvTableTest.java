package org.specloop.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading an instrument's CSV export: quoting, byte order mark, delimiter, line numbers as an editor shows them. */
class CsvTableTest {

    private static CsvTable read(String text) {
        return CsvTable.read(text.getBytes(StandardCharsets.UTF_8), 1, 100);
    }

    @Test
    void aHeaderAndRowsAreReadWithTheLineEachStartsOn() {
        CsvTable t = read("Lot,Sample,HcJ [kA/m]\nL-1,S-1,1650\n\nL-1,S-2,1660\n");
        assertThat(t.header()).containsExactly("Lot", "Sample", "HcJ [kA/m]");
        assertThat(t.rows()).extracting(CsvTable.Row::line).containsExactly(2, 4);
        assertThat(t.rows().get(1).cells()).containsExactly("L-1", "S-2", "1660");
    }

    @Test
    void aQuotedCellHoldsTheDelimiterADoubledQuoteAndALineBreak() {
        CsvTable t = read("Lot,Note\r\n\"L,1\",\"said \"\"ok\"\"\nthen left\"\r\nL-2,x\r\n");
        assertThat(t.rows().get(0).cells()).containsExactly("L,1", "said \"ok\"\nthen left");
        assertThat(t.rows()).extracting(CsvTable.Row::line).as("the second row starts after the broken line")
                .containsExactly(2, 4);
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstColumnName() {
        assertThat(read("\uFEFFLot;Sample\nL-1;S-1").header()).containsExactly("Lot", "Sample");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Lot,Sample,HcJ [kA/m]|,",
            "Lot;Sample;HcJ [kA/m]|;",
            "Lot\tSample\tHcJ [kA/m]|'\t'",
            "\"Lot;no\",Sample|,",
            "Lot|,"})
    void theDelimiterIsTheOneTheHeaderHoldsMostOutsideQuotes(String header, char delimiter) {
        assertThat(read(header + "\nx").delimiter()).isEqualTo(delimiter);
    }

    @Test
    void aPreambleBeforeTheHeaderLineIsSkippedAndLinesStillCountFromTheFileStart() {
        CsvTable t = CsvTable.read("Instrument: HG-200\nOperator: K.\nLot,Sample\nL-1,S-1\n"
                .getBytes(StandardCharsets.UTF_8), 3, 10);
        assertThat(t.header()).containsExactly("Lot", "Sample");
        assertThat(t.rows()).singleElement().satisfies(r -> assertThat(r.line()).isEqualTo(4));
    }

    @Test
    void anUnclosedQuoteRefusesTheFileNamingTheLine() {
        assertThatThrownBy(() -> read("Lot,Sample\nL-1,\"S-1\nL-2,S-2\n")).isInstanceOf(CsvTable.Unreadable.class)
                .hasMessage("line 2: a quoted cell is not closed before the end of the file");
    }

    @Test
    void textThatIsNotUtf8IsRefusedRatherThanGuessed() {
        byte[] latin1 = "Lot,Probe\nL-1,Größe\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> CsvTable.read(latin1, 1, 10)).isInstanceOf(CsvTable.Unreadable.class)
                .hasMessageContaining("not UTF-8");
    }

    @Test
    void moreRowsThanTheLimitRefuseTheFile() {
        assertThatThrownBy(() -> CsvTable.read("Lot\nA\nB\nC\n".getBytes(StandardCharsets.UTF_8), 1, 2))
                .isInstanceOf(CsvTable.TooManyRows.class).hasMessageContaining("at most 2 rows");
        assertThat(CsvTable.read("Lot\nA\nB\n".getBytes(StandardCharsets.UTF_8), 1, 2).rows()).hasSize(2);
    }

    @Test
    void anEmptyFileHasNoHeader() {
        assertThatThrownBy(() -> read("\n\n")).isInstanceOf(CsvTable.Unreadable.class).hasMessage("holds no CSV header line");
        assertThat(read("Lot,Sample\n").rows()).isEqualTo(List.of());
    }
}
