package id.pantau.innovation.actionplan;

import id.pantau.defaults.problem.ApiProblem;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The template and sample shipped for the import: the workbook and the CSV say the same. */
class ShippedImportFilesTest {

    private static final List<OpdLabel> KOTA_BANDUNG = List.of(
            new OpdLabel("2.18.0.00.0.00.01.0000", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
                    "Dinas PTSP"),
            new OpdLabel("2.16.2.20.2.21.01.0000", "Dinas Komunikasi dan Informatika", "Diskominfo"),
            new OpdLabel("6.01.0.00.0.00.01.0000", "Inspektorat Daerah", "Inspektorat"));

    @Test
    void theSampleWorkbookReadsAsTheSampleCsv() throws IOException {
        List<PlanDraft> csv = drafts(CsvTable.read(file("rencana-aksi-contoh.csv")));
        List<PlanDraft> xlsx = drafts(XlsxTable.read(file("rencana-aksi-contoh.xlsx")));

        assertThat(csv).hasSize(3).allMatch(PlanDraft::readable);
        assertThat(xlsx).usingRecursiveComparison().isEqualTo(csv);
        assertThat(csv).extracting(draft -> draft.innovation().title()).containsExactly(
                "Aplikasi layanan perizinan online", "Integrasi data OPD", "Sistem pengaduan terintegrasi");
    }

    @Test
    void theTemplatesHoldEveryColumnAndNoRowToImport() throws IOException {
        for (SheetTable template : List.of(CsvTable.read(file("rencana-aksi-template.csv")),
                XlsxTable.read(file("rencana-aksi-template.xlsx")))) {
            assertThat(template.headers()).containsExactlyElementsOf(
                    Arrays.stream(ActionPlanColumn.values()).map(ActionPlanColumn::header).toList());
            assertThat(template.rows()).isEmpty();
        }
    }

    @Test
    void aFileThatIsNoWorkbookIsUnreadable() {
        ApiProblem problem = catchThrowableOfType(ApiProblem.class,
                () -> XlsxTable.read(new byte[] {'P', 'K', 3, 4, 1, 2, 3}));

        assertThat(problem.code()).isEqualTo("import-unreadable");
    }

    private static List<PlanDraft> drafts(SheetTable table) {
        return new ActionPlanRows(ActionPlanHeader.of(table.headers()), "32.73", KOTA_BANDUNG,
                LocalDate.of(2030, 1, 1)).read(table.rows());
    }

    private static byte[] file(String name) throws IOException {
        try (InputStream in = ShippedImportFilesTest.class.getResourceAsStream("/import/" + name)) {
            return in.readAllBytes();
        }
    }
}
