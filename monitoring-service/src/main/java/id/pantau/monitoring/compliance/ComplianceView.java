package id.pantau.monitoring.compliance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Kepatuhan pelaporan OPD: per OPD, of the reports already due (or already in), how many arrived by their due date
 * ({@code onTime}), after it ({@code late}) or not yet ({@code missing}); {@code notDue} reports are neither late
 * nor in. {@code onTimeRate} is the percentage of due reports that arrived on time, null while none was due.
 */
public record ComplianceView(String region, String period, List<OpdCompliance> opds) {

    public record OpdCompliance(String regionCode, String opdCode, int due, int onTime, int late, int missing,
                                int notDue, BigDecimal onTimeRate) {

        static OpdCompliance of(String regionCode, String opdCode, List<ReportPeriod> reports) {
            int onTime = 0;
            int late = 0;
            int missing = 0;
            int notDue = 0;
            for (ReportPeriod report : reports) {
                if (report.submittedAt() != null) {
                    if (report.submittedOnTime()) {
                        onTime++;
                    } else {
                        late++;
                    }
                } else if (report.state().isOverdue()) {
                    missing++;
                } else {
                    notDue++;
                }
            }
            int due = onTime + late + missing;
            BigDecimal rate = due == 0 ? null : BigDecimal.valueOf(onTime * 100L)
                    .divide(BigDecimal.valueOf(due), 2, RoundingMode.HALF_UP);
            return new OpdCompliance(regionCode, opdCode, due, onTime, late, missing, notDue, rate);
        }
    }
}
