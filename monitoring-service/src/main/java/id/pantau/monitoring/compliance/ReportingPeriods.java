package id.pantau.monitoring.compliance;

import id.pantau.events.Period;
import id.pantau.events.ReportingFrequency;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** The periods an indicator reports: from the one holding its start to the one holding its deadline. */
public final class ReportingPeriods {

    private ReportingPeriods() {
    }

    public static List<Period> between(LocalDate start, LocalDate deadline, ReportingFrequency frequency) {
        List<Period> periods = new ArrayList<>();
        for (Period period = containing(start, frequency); !period.start().isAfter(deadline);
             period = containing(period.end().plusDays(1), frequency)) {
            periods.add(period);
        }
        return periods;
    }

    /** Computed rather than parsed from its code: ingestion lists every period of a batch's indicators. */
    static Period containing(LocalDate day, ReportingFrequency frequency) {
        int months = switch (frequency) {
            case MONTHLY -> 1;
            case QUARTERLY -> 3;
            case SEMESTER -> 6;
            case YEARLY -> 12;
        };
        int index = (day.getMonthValue() - 1) / months;
        YearMonth first = YearMonth.of(day.getYear(), index * months + 1);
        int month = first.getMonthValue();
        String code = switch (frequency) {
            case MONTHLY -> day.getYear() + (month < 10 ? "-0" : "-") + month;
            case QUARTERLY -> day.getYear() + "-Q" + (index + 1);
            case SEMESTER -> day.getYear() + "-S" + (index + 1);
            case YEARLY -> String.valueOf(day.getYear());
        };
        return new Period(code, frequency, first.atDay(1), first.plusMonths(months - 1L).atEndOfMonth());
    }
}
