package id.pantau.innovation.actionplan;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as action plans write them: day first with slashes, dashes or dots ("31/12/2026", "31-12-2026"), the
 * ISO form ("2026-12-31"), or the month by its Indonesian name or abbreviation ("31 Desember 2026", "31 Des
 * 2026"). Two-digit years are not read: "31/12/26" could be any century to a register that spans decades.
 */
public final class IndonesianDate {

    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern NAMED = Pattern.compile("(\\d{1,2})\\s+(\\p{L}+)\\.?\\s+(\\d{4})");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januari", 1), Map.entry("jan", 1), Map.entry("februari", 2), Map.entry("feb", 2),
            Map.entry("pebruari", 2), Map.entry("maret", 3), Map.entry("mar", 3), Map.entry("april", 4),
            Map.entry("apr", 4), Map.entry("mei", 5), Map.entry("juni", 6), Map.entry("jun", 6),
            Map.entry("juli", 7), Map.entry("jul", 7), Map.entry("agustus", 8), Map.entry("agu", 8),
            Map.entry("agt", 8), Map.entry("ags", 8), Map.entry("agust", 8), Map.entry("september", 9),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oktober", 10), Map.entry("okt", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("nopember", 11), Map.entry("desember", 12),
            Map.entry("des", 12));

    private IndonesianDate() {
    }

    /** @return the date, or empty for a blank text, another form or a day the calendar lacks (31/02/2026) */
    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        try {
            Matcher matcher = DAY_FIRST.matcher(value);
            if (matcher.matches()) {
                return Optional.of(LocalDate.of(number(matcher, 3), number(matcher, 2), number(matcher, 1)));
            }
            matcher = ISO.matcher(value);
            if (matcher.matches()) {
                return Optional.of(LocalDate.of(number(matcher, 1), number(matcher, 2), number(matcher, 3)));
            }
            matcher = NAMED.matcher(value);
            if (matcher.matches()) {
                Integer month = MONTHS.get(matcher.group(2).toLowerCase(Locale.ROOT));
                return month == null ? Optional.empty()
                        : Optional.of(LocalDate.of(number(matcher, 3), month, number(matcher, 1)));
            }
        } catch (DateTimeException noSuchDay) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static int number(Matcher matcher, int group) {
        return Integer.parseInt(matcher.group(group));
    }
}
