package id.pantau.innovation.actionplan;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers as Indonesian spreadsheets write them: a dot groups thousands and a comma marks the decimals
 * ("1.234,5"), often with a percent sign ("85%", read as 85). Numbers typed the English way are read too where
 * they cannot be mistaken: "1,234.5" (both marks, the last one is the decimal one) and "0.85" (one dot not
 * followed by exactly three digits). "1.234" is one thousand two hundred thirty-four, as in Indonesian.
 */
public final class IndonesianNumber {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(X\\d{3})+");

    private IndonesianNumber() {
    }

    /** @return the number, or empty for a blank or unreadable text */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip().replace("\u00a0", "").replace(" ", "");
        if (value.endsWith("%")) {
            value = value.substring(0, value.length() - 1);
        }
        boolean negative = value.startsWith("-");
        if (negative || value.startsWith("+")) {
            value = value.substring(1);
        }
        String plain = plain(value);
        if (plain == null) {
            return Optional.empty();
        }
        BigDecimal number = new BigDecimal(plain);
        return Optional.of(negative ? number.negate() : number);
    }

    /** The digits with at most one decimal point, or null when the marks do not make a number. */
    private static String plain(String value) {
        int dot = value.lastIndexOf('.');
        int comma = value.lastIndexOf(',');
        if (dot >= 0 && comma >= 0) {
            char decimal = dot > comma ? '.' : ',';
            char grouping = dot > comma ? ',' : '.';
            int split = Math.max(dot, comma);
            return join(grouped(value.substring(0, split), grouping), value.substring(split + 1));
        }
        if (comma >= 0) {
            // one comma is the Indonesian decimal mark; several can only group thousands
            return value.indexOf(',') == comma ? join(value.substring(0, comma), value.substring(comma + 1))
                    : grouped(value, ',');
        }
        if (dot >= 0) {
            boolean oneDot = value.indexOf('.') == dot;
            boolean thousands = !oneDot || value.length() - dot - 1 == 3;
            return thousands ? grouped(value, '.') : join(value.substring(0, dot), value.substring(dot + 1));
        }
        return DIGITS.matcher(value).matches() ? value : null;
    }

    /** Digits grouped by threes with the mark, without the marks; null for a wrong grouping. */
    private static String grouped(String value, char mark) {
        String marked = value.replace(mark, 'X');
        if (DIGITS.matcher(marked).matches()) {
            return marked;
        }
        return GROUPED.matcher(marked).matches() ? marked.replace("X", "") : null;
    }

    private static String join(String whole, String fraction) {
        if (whole == null || !DIGITS.matcher(fraction).matches()) {
            return null;
        }
        if (whole.isEmpty()) {
            whole = "0";
        }
        return DIGITS.matcher(whole).matches() ? whole + "." + fraction : null;
    }
}
