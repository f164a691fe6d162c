package id.pantau.events;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period in the notation regional reports use: {@code 2026-03} (month), {@code 2026-Q1} (triwulan),
 * {@code 2026-S1} (semester), {@code 2026} (year), with the first and last day it covers. Events carry
 * periods in this notation; periods of one indicator are ordered by their end.
 */
public record Period(String code, ReportingFrequency frequency, LocalDate start, LocalDate end) {

    private static final String YEAR = "([12]\\d{3})";
    private static final Pattern MONTH = Pattern.compile(YEAR + "-(0[1-9]|1[0-2])");
    private static final Pattern QUARTER = Pattern.compile(YEAR + "-Q([1-4])");
    private static final Pattern SEMESTER = Pattern.compile(YEAR + "-S([12])");
    private static final Pattern WHOLE_YEAR = Pattern.compile(YEAR);

    /** Empty when the text is not a period of this frequency; lower-case {@code q}/{@code s} are accepted. */
    public static Optional<Period> parse(String text, ReportingFrequency frequency) {
        if (text == null) {
            return Optional.empty();
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        Matcher match = pattern(frequency).matcher(code);
        if (!match.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(match.group(1));
        int firstMonth = switch (frequency) {
            case MONTHLY -> Integer.parseInt(match.group(2));
            case QUARTERLY -> (Integer.parseInt(match.group(2)) - 1) * 3 + 1;
            case SEMESTER -> (Integer.parseInt(match.group(2)) - 1) * 6 + 1;
            case YEARLY -> 1;
        };
        YearMonth first = YearMonth.of(year, firstMonth);
        YearMonth last = first.plusMonths(months(frequency) - 1L);
        return Optional.of(new Period(code, frequency, first.atDay(1), last.atEndOfMonth()));
    }

    /**
     * A period as an event carries it, whatever its frequency (told by its shape).
     *
     * @throws IllegalArgumentException when the text is no period
     */
    public static Period of(String code) {
        for (ReportingFrequency frequency : ReportingFrequency.values()) {
            Optional<Period> period = parse(code, frequency);
            if (period.isPresent()) {
                return period.get();
            }
        }
        throw new IllegalArgumentException("not a reporting period: " + code);
    }

    /** How a period of this frequency is written, for messages. */
    public static String example(ReportingFrequency frequency) {
        return switch (frequency) {
            case MONTHLY -> "2026-03";
            case QUARTERLY -> "2026-Q1";
            case SEMESTER -> "2026-S1";
            case YEARLY -> "2026";
        };
    }

    private static Pattern pattern(ReportingFrequency frequency) {
        return switch (frequency) {
            case MONTHLY -> MONTH;
            case QUARTERLY -> QUARTER;
            case SEMESTER -> SEMESTER;
            case YEARLY -> WHOLE_YEAR;
        };
    }

    private static int months(ReportingFrequency frequency) {
        return switch (frequency) {
            case MONTHLY -> 1;
            case QUARTERLY -> 3;
            case SEMESTER -> 6;
            case YEARLY -> 12;
        };
    }
}
