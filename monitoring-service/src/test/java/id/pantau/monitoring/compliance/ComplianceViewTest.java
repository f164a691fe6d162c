package id.pantau.monitoring.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplianceViewTest {

    private static final Instant DUE_BY = Instant.parse("2026-04-15T17:00:00Z");

    @Test
    void theOnTimeRateCountsTheReportsAlreadyDue() {
        ComplianceView.OpdCompliance ptsp = ComplianceView.OpdCompliance.of("32.73", "ptsp", List.of(
                report(ReportState.SUBMITTED, DUE_BY.minusSeconds(1)),
                report(ReportState.SUBMITTED, DUE_BY.minusSeconds(86_400)),
                report(ReportState.SUBMITTED, DUE_BY),
                report(ReportState.SEVERELY_OVERDUE, null),
                report(ReportState.DUE_SOON, null)));

        assertThat(ptsp.onTime()).isEqualTo(2);
        assertThat(ptsp.late()).isEqualTo(1);
        assertThat(ptsp.missing()).isEqualTo(1);
        assertThat(ptsp.notDue()).isEqualTo(1);
        assertThat(ptsp.due()).isEqualTo(4);
        assertThat(ptsp.onTimeRate()).isEqualByComparingTo("50.00");
    }

    @Test
    void withoutAReportDueThereIsNoRate() {
        assertThat(ComplianceView.OpdCompliance.of("32.73", "ptsp", List.of(report(ReportState.NOT_DUE, null)))
                .onTimeRate()).isNull();
    }

    private static ReportPeriod report(ReportState state, Instant submittedAt) {
        return new ReportPeriod("k", "ind", "inn", "32.73", "ptsp", "Waktu layanan", "2026-03",
                LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 10), LocalDate.of(2026, 4, 15), DUE_BY, state,
                submittedAt, Instant.EPOCH, "config#0", List.of());
    }
}
