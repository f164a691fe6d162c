package id.pantau.innovation.actionplan;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "Target Waktu" of an action plan: a duration in Indonesian ("6 bulan", "1 tahun", "18 bulan", "90 hari",
 * "3 minggu", "1 tahun 6 bulan", with the usual abbreviations bln, thn, hr, mgg), in English ("6 months"), as
 * ISO-8601 ("P6M"), or a date ("31/12/2026", see {@link IndonesianDate}). Half years are months ("1,5 tahun" is
 * 18 months); other fractions are refused rather than rounded.
 */
public final class IndonesianDuration {

    private static final Pattern PART = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*(\\p{L}+)");
    private static final Pattern WHOLE = Pattern.compile("\\s*(\\d+(?:[.,]\\d+)?\\s*\\p{L}+\\s*)+");

    private IndonesianDuration() {
    }

    /** @return the duration or date, or empty for a blank text, an unknown unit or a zero duration */
    public static Optional<PlannedTime> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip().toLowerCase(Locale.ROOT);
        Optional<java.time.LocalDate> date = IndonesianDate.parse(value);
        if (date.isPresent()) {
            return date.map(PlannedTime::of);
        }
        if (value.startsWith("p")) {
            try {
                Period iso = Period.parse(value.toUpperCase(Locale.ROOT));
                return iso.isZero() || iso.isNegative() ? Optional.empty() : Optional.of(PlannedTime.of(iso));
            } catch (DateTimeParseException notIso) {
                // "pekan" and other words starting with p are read below
            }
        }
        if (!WHOLE.matcher(value).matches()) {
            return Optional.empty();
        }
        Period total = Period.ZERO;
        Matcher part = PART.matcher(value);
        while (part.find()) {
            Optional<Period> period = period(part.group(1).replace(',', '.'), part.group(2));
            if (period.isEmpty()) {
                return Optional.empty();
            }
            total = total.plus(period.get());
        }
        return total.isZero() ? Optional.empty() : Optional.of(PlannedTime.of(total.normalized()));
    }

    private static Optional<Period> period(String amount, String unit) {
        double count = Double.parseDouble(amount);
        return switch (unit) {
            case "tahun", "thn", "th", "year", "years" -> months(count * 12);
            case "bulan", "bln", "month", "months" -> months(count);
            case "minggu", "mgg", "pekan", "week", "weeks" -> days(count * 7);
            case "hari", "hr", "day", "days" -> days(count);
            default -> Optional.empty();
        };
    }

    private static Optional<Period> months(double months) {
        return months == Math.rint(months) ? Optional.of(Period.ofMonths((int) months)) : Optional.empty();
    }

    private static Optional<Period> days(double days) {
        return days == Math.rint(days) ? Optional.of(Period.ofDays((int) days)) : Optional.empty();
    }
}
