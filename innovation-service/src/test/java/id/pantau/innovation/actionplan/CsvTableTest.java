package id.pantau.innovation.actionplan;

import id.pantau.defaults.problem.ApiProblem;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CsvTableTest {

    @Test
    void indonesianExcelsSemicolonsWithQuotedSeparatorsLineBreaksAndQuotes() {
        SheetTable table = CsvTable.read(("\uFEFFNo;Permasalahan;Target\r\n"
                + "1;\"Layanan lambat; antre \"\"panjang\"\"\";\"1.234,5\"\r\n"
                + "2;\"Data\nterpencar\";10\r\n").getBytes(StandardCharsets.UTF_8));

        assertThat(table.headers()).containsExactly("No", "Permasalahan", "Target");
        assertThat(table.rows()).extracting(SheetTable.Row::cells).containsExactly(
                List.of("1", "Layanan lambat; antre \"panjang\"", "1.234,5"),
                List.of("2", "Data\nterpencar", "10"));
    }

    @Test
    void commasWhenTheHeaderUsesThemAndWindows1252WhenTheFileIsNotUtf8() {
        SheetTable table = CsvTable.read("No,Permasalahan\n1,Pelayanan pajak daerah – lambat\n"
                .getBytes(Charset.forName("windows-1252")));

        assertThat(table.rows()).singleElement().extracting(SheetTable.Row::cells)
                .isEqualTo(List.of("1", "Pelayanan pajak daerah – lambat"));
    }

    @Test
    void aQuoteLeftOpenMakesTheFileUnreadable() {
        ApiProblem problem = catchThrowableOfType(ApiProblem.class,
                () -> CsvTable.read("No;Permasalahan\n1;\"Layanan lambat\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(problem.code()).isEqualTo("import-unreadable");
    }
}
