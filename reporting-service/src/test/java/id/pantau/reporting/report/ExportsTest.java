package id.pantau.reporting.report;

import id.pantau.reporting.report.ReportDocument.CellType;
import id.pantau.reporting.report.ReportDocument.Column;
import id.pantau.reporting.report.ReportDocument.Section;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** One document rendered as CSV, XLSX and PDF, each read back with the tools its readers use. */
class ExportsTest {

    static final ReportDocument DOCUMENT = new ReportDocument("contoh-32.73-2026-Q1", "Laporan Contoh", "32.73",
            "Kota Bandung", null, "Triwulan I 2026", Instant.parse("2026-06-30T05:00:00Z"), ZoneId.of("Asia/Jakarta"),
            List.of(new Section("Indikator", List.of(new Column("Nama", CellType.TEXT),
                            new Column("Realisasi", CellType.DECIMAL), new Column("Jumlah", CellType.INTEGER),
                            new Column("Tenggat", CellType.DATE)),
                            List.of(Arrays.asList("Waktu layanan, rata-rata \"hari\"", new BigDecimal("1234.5"), 36742,
                                            LocalDate.of(2026, 6, 30)),
                                    Arrays.asList("Belum diukur", null, null, null))),
                    new Section("Peringatan", List.of(new Column("No", CellType.INTEGER)), List.of())),
            List.of("Capaian (%) = A / E x 100"));

    @Test
    void csvIsUtf8WithAByteOrderMarkQuotedCellsAndPlainNumbers() {
        byte[] csv = new CsvExport().render(DOCUMENT);

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8).substring(1)).isEqualTo(
                "Indikator\r\n"
                        + "Nama,Realisasi,Jumlah,Tenggat\r\n"
                        + "\"Waktu layanan, rata-rata \"\"hari\"\"\",1234.5,36742,2026-06-30\r\n"
                        + "Belum diukur,,,\r\n"
                        + "\r\n"
                        + "Peringatan\r\n"
                        + "No\r\n");
    }

    @Test
    void xlsxHasASheetPerSectionWithAFrozenStyledHeaderAndNumbersInIndonesianFormat() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(new XlsxExport().render(DOCUMENT)))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetName(0)).isEqualTo("Indikator");
            assertThat(workbook.getSheetName(1)).isEqualTo("Peringatan");
            assertThat(workbook.getSheetName(2)).isEqualTo("Keterangan");
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Laporan Contoh");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Wilayah: 32.73 Kota Bandung · Periode: Triwulan I 2026");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Data per: 30/06/2026 12:00 WIB");
            Row header = sheet.getRow(XlsxExport.HEADER_ROW);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Realisasi");
            assertThat(workbook.getFontAt(header.getCell(1).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (XlsxExport.HEADER_ROW + 1));

            Row first = sheet.getRow(XlsxExport.HEADER_ROW + 1);
            assertThat(first.getCell(1).getNumericCellValue()).isEqualTo(1234.5);
            DataFormatter indonesian = new DataFormatter(Locale.forLanguageTag("id-ID"));
            assertThat(indonesian.formatCellValue(first.getCell(1))).isEqualTo("1.234,50");
            assertThat(indonesian.formatCellValue(first.getCell(2))).isEqualTo("36.742");
            assertThat(indonesian.formatCellValue(first.getCell(3))).isEqualTo("30/06/2026");
            assertThat(sheet.getRow(XlsxExport.HEADER_ROW + 2).getCell(1).getCellType())
                    .isEqualTo(org.apache.poi.ss.usermodel.CellType.BLANK);
            assertThat(workbook.getSheetAt(2).getRow(XlsxExport.HEADER_ROW + 1).getCell(0).getStringCellValue())
                    .isEqualTo("Capaian (%) = A / E x 100");
        }
    }

    @Test
    void pdfPrintsTheTitleHeaderTablesInIndonesianNotationAndFormulas() throws IOException {
        SpringTemplateEngine templates = new SpringTemplateEngine();
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        templates.setTemplateResolver(resolver);

        byte[] pdf = new PdfExport(templates).render(DOCUMENT);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Laporan Contoh", "Wilayah: 32.73 Kota Bandung · Periode: Triwulan I 2026",
                    "Data per: 30/06/2026 12:00 WIB", "1.234,50", "36.742", "30/06/2026", "Tidak ada data.",
                    "Capaian (%) = A / E x 100", "Halaman 1 dari 1");
            assertThat(document.getPage(0).getMediaBox().getWidth()).isGreaterThan(document.getPage(0).getMediaBox().getHeight());
        }
    }
}
