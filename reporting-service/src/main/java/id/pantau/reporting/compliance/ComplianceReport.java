package id.pantau.reporting.compliance;

import id.pantau.reporting.period.ReportPeriod;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Kepatuhan Pelaporan OPD: per OPD, the reports that fell due within the period (one per indicator and reporting
 * period), how many arrived on time, late or not yet, and the on-time rate; then each due report.
 *
 * @param period the period whose reporting periods are counted; the current year when none was asked for
 */
public record ComplianceReport(String region, ReportPeriod period, Instant generatedAt, List<OpdCompliance> opds,
                               List<DueReport> reports) {

    /** {@code onTimeRate}: on time over due, in percent, two decimals. */
    public record OpdCompliance(int no, String opdCode, String opdName, int due, int onTime, int late, int missing,
                                BigDecimal onTimeRate) {
    }

    public enum Status {
        ON_TIME,
        LATE,
        MISSING
    }

    /** One indicator's report of one period: due on {@code dueDate}, received on {@code receivedOn} (absent: not yet). */
    public record DueReport(String opdCode, String opdName, String innovationId, String title, String indicatorId,
                            String indicatorName, String period, LocalDate dueDate, LocalDate receivedOn, Status status) {
    }
}
