package id.pantau.innovation.actionplan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of an action plan saved as XLSX. Cells come out as the text a CSV of the same sheet
 * would hold, so one set of rules reads both: a number as an Indonesian number ("1234,5"), a percent cell as
 * "85%", a date cell as "2026-12-31", a formula as its cached result, merged cells only in their first row.
 */
public final class XlsxTable {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    private XlsxTable() {
    }

    /** @throws id.pantau.defaults.problem.ApiProblem 422 {@code import-unreadable} for a file that is no workbook */
    public static SheetTable read(byte[] content) {
        try (Workbook workbook = open(content)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw ImportProblems.empty();
            }
            DataFormatter formatter = new DataFormatter();
            List<SheetTable.Row> rows = new ArrayList<>();
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int column = 0; column < Math.max(row.getLastCellNum(), 0); column++) {
                    cells.add(text(row.getCell(column), formatter));
                }
                rows.add(new SheetTable.Row(row.getRowNum() + 1, cells));
            }
            return SheetTables.withHeader(rows);
        } catch (IOException closing) {
            throw ImportProblems.unreadable("XLSX");
        }
    }

    /** POI's own checks stay on: a zip bomb is refused by its inflate-ratio limit like any broken file. */
    private static Workbook open(byte[] content) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException notAWorkbook) {
            throw ImportProblems.unreadable("XLSX");
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> number(cell);
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue() ? "ya" : "tidak";
            default -> formatter.formatCellValue(cell);
        };
    }

    private static String number(Cell cell) {
        if (DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().format(ISO);
        }
        BigDecimal value = BigDecimal.valueOf(cell.getNumericCellValue());
        boolean percent = cell.getCellStyle().getDataFormatString().contains("%");
        if (percent) {
            value = value.movePointRight(2);
        }
        String plain = value.stripTrailingZeros().toPlainString().replace('.', ',');
        return percent ? plain + "%" : plain;
    }
}
