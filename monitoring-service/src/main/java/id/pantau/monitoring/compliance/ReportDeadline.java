package id.pantau.monitoring.compliance;

import id.pantau.calendar.WorkingCalendar;
import id.pantau.events.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When a period's report is due: its last day plus the region's grace working days, and due soon from the working
 * day that lies {@code dueSoonWorkingDays} working days before that. Weekends, national holidays and cuti bersama
 * do not count ({@link WorkingCalendar}).
 */
public record ReportDeadline(LocalDate dueDate, LocalDate dueSoonFrom) {

    public static ReportDeadline of(Period period, int graceWorkingDays, int dueSoonWorkingDays,
                                    WorkingCalendar calendar) {
        LocalDate due = calendar.plusWorkingDays(period.end(), graceWorkingDays);
        LocalDate soon = due;
        for (int counted = 0; counted < dueSoonWorkingDays; ) {
            soon = soon.minusDays(1);
            if (calendar.isWorkingDay(soon)) {
                counted++;
            }
        }
        return new ReportDeadline(due, soon);
    }

    /** The end of the due date in the region's zone: a report that arrived before it is on time. */
    public Instant dueBy(ZoneId zone) {
        return dueDate.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
