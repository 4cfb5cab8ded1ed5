package io.onewindow.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/** A cell a spreadsheet would read as a formula is written as text; anything else is written as it is. */
class CsvCellsTests {

    @Test
    void everyCellThatASpreadsheetWouldEvaluateGetsAQuoteAndNothingElseChanges() {
        for (String formula : new String[] {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\r=1+1"}) {
            assertThat(CsvCells.text(formula)).as(formula).isEqualTo("'" + formula);
        }
        assertThat(CsvCells.row("林晓彤", 1200000L, "", null)).containsExactly("林晓彤", "1200000", "", null);
    }

    @Test
    void aCellStartingWithACarriageReturnIsReadBackAsTextNotAFormula() throws Exception {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            csv.printRecord(CsvCells.row("\r=HYPERLINK(\"http://example.com\",\"点此领取\")", "王记"));
        }

        String cell = CSVFormat.DEFAULT.parse(new StringReader(out.toString())).getRecords().get(0).get(0);
        assertThat(cell).startsWith("'\r=HYPERLINK(");
    }
}
