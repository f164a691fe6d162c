package id.pantau.monitoring.compliance;

import java.time.LocalDate;

/**
 * Where a period's report stands on a day (DOMAIN.md "Overdue report"): not due yet; due soon from a few working
 * days before its due date; overdue when nothing arrived by the due date; severely overdue once the next period's
 * report falls due as well; submitted once a measurement arrived.
 */
public enum ReportState {
    NOT_DUE, DUE_SOON, OVERDUE, SEVERELY_OVERDUE, SUBMITTED;

    /** @param nextDue the next period's due date, null for the indicator's last period */
    public static ReportState on(LocalDate today, ReportDeadline deadline, LocalDate nextDue, boolean submitted) {
        if (submitted) {
            return SUBMITTED;
        }
        if (today.isAfter(deadline.dueDate())) {
            return nextDue != null && !today.isBefore(nextDue) ? SEVERELY_OVERDUE : OVERDUE;
        }
        return today.isBefore(deadline.dueSoonFrom()) ? NOT_DUE : DUE_SOON;
    }

    public boolean isOverdue() {
        return this == OVERDUE || this == SEVERELY_OVERDUE;
    }
}
