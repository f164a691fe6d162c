package id.pantau.monitoring.compliance;

import id.pantau.events.Period;
import id.pantau.events.ReportingFrequency;
import java.time.LocalDate;
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

    static Period containing(LocalDate day, ReportingFrequency frequency) {
        int year = day.getYear();
        String code = switch (frequency) {
            case MONTHLY -> String.format("%d-%02d", year, day.getMonthValue());
            case QUARTERLY -> year + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
            case SEMESTER -> year + "-S" + ((day.getMonthValue() - 1) / 6 + 1);
            case YEARLY -> String.valueOf(year);
        };
        return Period.parse(code, frequency).orElseThrow();
    }
}
