package id.pantau.reporting.progress;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period as the events write it: a year {@code 2026}, a month {@code 2026-03}, a triwulan
 * {@code 2026-Q1} or a semester {@code 2026-S1}. Periods of one indicator are ordered by their end.
 */
public record ReportingPeriod(String code, LocalDate start, LocalDate end) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])|S([12])))?");

    public static ReportingPeriod parse(String code) {
        Matcher matcher = code == null ? null : FORMAT.matcher(code);
        if (matcher == null || !matcher.matches()) {
            throw new IllegalArgumentException("not a reporting period: " + code);
        }
        int year = Integer.parseInt(matcher.group(1));
        YearMonth first;
        int months;
        if (matcher.group(2) != null) {
            first = YearMonth.of(year, Integer.parseInt(matcher.group(2)));
            months = 1;
        } else if (matcher.group(3) != null) {
            first = YearMonth.of(year, 3 * Integer.parseInt(matcher.group(3)) - 2);
            months = 3;
        } else if (matcher.group(4) != null) {
            first = YearMonth.of(year, 6 * Integer.parseInt(matcher.group(4)) - 5);
            months = 6;
        } else {
            first = YearMonth.of(year, 1);
            months = 12;
        }
        return new ReportingPeriod(code, first.atDay(1), first.plusMonths(months - 1L).atEndOfMonth());
    }
}
