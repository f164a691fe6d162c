package id.pantau.reporting.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Numbers and dates as Indonesian reports write them: {@code 1.234,56}, {@code 30/06/2026}, times with the zone
 * abbreviation people use (WIB, WITA, WIT). The XLSX number formats say the same in Excel's notation.
 */
public final class IndonesianFormat {

    /** Excel's format codes; Excel shows them with the reader's separators, 1.234,56 in an Indonesian locale. */
    public static final String XLSX_DECIMAL = "#,##0.00";
    public static final String XLSX_INTEGER = "#,##0";
    public static final String XLSX_DATE = "dd/mm/yyyy";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final Map<String, String> ZONES = Map.of(
            "Asia/Jakarta", "WIB", "Asia/Pontianak", "WIB", "Asia/Makassar", "WITA", "Asia/Jayapura", "WIT");

    private IndonesianFormat() {
    }

    public static String decimal(BigDecimal value) {
        return pattern("#,##0.00").format(value.setScale(2, RoundingMode.HALF_UP));
    }

    public static String integer(Number value) {
        return pattern("#,##0").format(value);
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** E.g. {@code 30/06/2026 12:00 WIB}. */
    public static String dateTime(Instant instant, ZoneId zone) {
        return DATE_TIME.format(instant.atZone(zone)) + " " + ZONES.getOrDefault(zone.getId(), zone.getId());
    }

    /** A cell as text, by its column's type; null is empty. */
    public static String cell(Object value, ReportDocument.CellType type) {
        if (value == null) {
            return "";
        }
        return switch (type) {
            case TEXT -> value.toString();
            case INTEGER -> integer((Number) value);
            case DECIMAL -> decimal((BigDecimal) value);
            case DATE -> date((LocalDate) value);
        };
    }

    private static DecimalFormat pattern(String pattern) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        return new DecimalFormat(pattern, symbols);
    }
}
