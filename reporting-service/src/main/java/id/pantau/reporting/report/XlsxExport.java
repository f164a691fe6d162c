package id.pantau.reporting.report;

import id.pantau.reporting.report.ReportDocument.CellType;
import id.pantau.reporting.report.ReportDocument.Column;
import id.pantau.reporting.report.ReportDocument.Section;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * XLSX for the regional staff who work on in Excel: one sheet per section, its title, region, period and cut-off
 * above a styled header row that stays frozen while scrolling, numbers kept as numbers with Indonesian-style
 * formats ({@code #,##0.00}) and dates as dates; a last sheet "Keterangan" lists the formulas.
 */
@Component
public class XlsxExport {

    /** Rows above the header: title, region and period, cut-off, an empty row. */
    public static final int HEADER_ROW = 4;
    private static final int MAX_COLUMN_CHARS = 60;

    public byte[] render(ReportDocument document) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            Set<String> names = new HashSet<>();
            for (Section section : document.sections()) {
                sheet(workbook.createSheet(sheetName(section.title(), names)), document, section, styles);
            }
            Sheet notes = workbook.createSheet(sheetName("Keterangan", names));
            title(notes, document, styles);
            int row = HEADER_ROW;
            notes.createRow(row++).createCell(0).setCellValue("Rumus");
            notes.getRow(HEADER_ROW).getCell(0).setCellStyle(styles.header);
            for (String formula : document.formulas()) {
                notes.createRow(row++).createCell(0).setCellValue(formula);
            }
            notes.setColumnWidth(0, 120 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(Sheet sheet, ReportDocument document, Section section, Styles styles) {
        title(sheet, document, styles);
        List<Column> columns = section.columns();
        int[] widths = new int[columns.size()];
        Row header = sheet.createRow(HEADER_ROW);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(styles.header);
            widths[c] = columns.get(c).header().length();
        }
        int r = HEADER_ROW + 1;
        for (List<Object> values : section.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < columns.size(); c++) {
                Object value = values.get(c);
                CellType type = columns.get(c).type();
                Cell cell = row.createCell(c);
                cell.setCellStyle(styles.byType.get(type));
                if (value == null) {
                    continue;
                }
                switch (type) {
                    case TEXT -> cell.setCellValue(value.toString());
                    case INTEGER -> cell.setCellValue(((Number) value).doubleValue());
                    case DECIMAL -> cell.setCellValue(((BigDecimal) value).doubleValue());
                    case DATE -> cell.setCellValue((LocalDate) value);
                }
                widths[c] = Math.max(widths[c], IndonesianFormat.cell(value, type).length());
            }
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, (Math.min(widths[c], MAX_COLUMN_CHARS) + 2) * 256);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        if (!section.rows().isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, r - 1, 0, columns.size() - 1));
        }
    }

    private static void title(Sheet sheet, ReportDocument document, Styles styles) {
        Cell title = sheet.createRow(0).createCell(0);
        title.setCellValue(document.title());
        title.setCellStyle(styles.title);
        sheet.createRow(1).createCell(0).setCellValue(ReportHeader.regionAndPeriod(document));
        sheet.createRow(2).createCell(0).setCellValue(ReportHeader.cutOff(document));
    }

    /** Excel's sheet names: at most 31 characters, none of {@code []:*?/\}, unique in the workbook. */
    private static String sheetName(String title, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(title);
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final Map<CellType, CellStyle> byType = new EnumMap<>(CellType.class);

        Styles(Workbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(big);
            header = bordered(workbook);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            short decimal = workbook.createDataFormat().getFormat(IndonesianFormat.XLSX_DECIMAL);
            short integer = workbook.createDataFormat().getFormat(IndonesianFormat.XLSX_INTEGER);
            short date = workbook.createDataFormat().getFormat(IndonesianFormat.XLSX_DATE);
            byType.put(CellType.TEXT, bordered(workbook));
            byType.put(CellType.INTEGER, formatted(workbook, integer));
            byType.put(CellType.DECIMAL, formatted(workbook, decimal));
            byType.put(CellType.DATE, formatted(workbook, date));
        }

        private static CellStyle formatted(Workbook workbook, short format) {
            CellStyle style = bordered(workbook);
            style.setDataFormat(format);
            return style;
        }

        private static CellStyle bordered(Workbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        }
    }
}
