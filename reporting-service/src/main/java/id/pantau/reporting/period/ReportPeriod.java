package id.pantau.reporting.period;

import id.pantau.events.Period;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The period a report covers, as regional reports name it: a month ({@code 2026-03}, "Maret 2026"), a triwulan
 * ({@code 2026-Q1}, "Triwulan I 2026"), a semester ({@code 2026-S1}), a year ({@code 2026}), or cumulative from
 * the start of that year up to one of them, "s.d." (sampai dengan): {@code sd-2026-Q2}, "s.d. Triwulan II 2026",
 * 1 January to 30 June.
 */
public record ReportPeriod(String code, LocalDate start, LocalDate end, String label) {

    private static final String CUMULATIVE = "SD-";
    private static final String[] MONTHS = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
            "Agustus", "September", "Oktober", "November", "Desember"};
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    /** Empty when the text names no period. */
    public static Optional<ReportPeriod> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        boolean cumulative = code.startsWith(CUMULATIVE);
        Period period;
        try {
            period = Period.of(cumulative ? code.substring(CUMULATIVE.length()) : code);
        } catch (IllegalArgumentException notAPeriod) {
            return Optional.empty();
        }
        if (!cumulative) {
            return Optional.of(new ReportPeriod(period.code(), period.start(), period.end(), label(period)));
        }
        return Optional.of(new ReportPeriod("sd-" + period.code(), period.end().withDayOfYear(1), period.end(),
                "s.d. " + label(period)));
    }

    /** Whether a measured period lies wholly inside this one (a triwulan's measurement is not inside one month). */
    public boolean covers(Period period) {
        return !period.start().isBefore(start) && !period.end().isAfter(end);
    }

    /** The day a report of this period is read as of: its last day, or today while it is still running. */
    public LocalDate asOf(LocalDate today) {
        return today.isBefore(end) ? today : end;
    }

    private static String label(Period period) {
        int year = period.start().getYear();
        int month = period.start().getMonthValue();
        return switch (period.frequency()) {
            case MONTHLY -> MONTHS[month - 1] + " " + year;
            case QUARTERLY -> "Triwulan " + ROMAN[(month - 1) / 3] + " " + year;
            case SEMESTER -> "Semester " + ROMAN[(month - 1) / 6] + " " + year;
            case YEARLY -> "Tahun " + year;
        };
    }
}
