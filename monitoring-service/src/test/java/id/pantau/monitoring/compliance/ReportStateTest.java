package id.pantau.monitoring.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantau.calendar.IndonesianZone;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportStateTest {

    // March 2026's report: due soon from 10 April, due 15 April; April's is due 18 May
    private final ReportDeadline march = new ReportDeadline(LocalDate.of(2026, 4, 15), LocalDate.of(2026, 4, 10));
    private final LocalDate aprilDue = LocalDate.of(2026, 5, 18);

    @Test
    void movesFromNotDueToDueSoonToOverdueToSeverelyOverdue() {
        assertThat(ReportState.on(day(4, 9), march, aprilDue, false)).isEqualTo(ReportState.NOT_DUE);
        assertThat(ReportState.on(day(4, 10), march, aprilDue, false)).isEqualTo(ReportState.DUE_SOON);
        assertThat(ReportState.on(day(4, 15), march, aprilDue, false)).isEqualTo(ReportState.DUE_SOON);
        assertThat(ReportState.on(day(4, 16), march, aprilDue, false)).isEqualTo(ReportState.OVERDUE);
        assertThat(ReportState.on(day(5, 17), march, aprilDue, false)).isEqualTo(ReportState.OVERDUE);
        assertThat(ReportState.on(day(5, 18), march, aprilDue, false)).isEqualTo(ReportState.SEVERELY_OVERDUE);
    }

    @Test
    void theLastPeriodHasNoNextOneAndStaysOverdue() {
        assertThat(ReportState.on(day(12, 31), march, null, false)).isEqualTo(ReportState.OVERDUE);
    }

    @Test
    void anArrivedReportIsSubmittedWhateverTheDay() {
        assertThat(ReportState.on(day(4, 1), march, aprilDue, true)).isEqualTo(ReportState.SUBMITTED);
        assertThat(ReportState.on(day(6, 1), march, aprilDue, true)).isEqualTo(ReportState.SUBMITTED);
    }

    @Test
    void theSameInstantIsAnotherDayInEachZone() {
        // 16:30 UTC on 15 April: still the due date in WIB, already the day after in WITA and WIT
        Instant now = Instant.parse("2026-04-15T16:30:00Z");

        assertThat(ReportState.on(now.atZone(IndonesianZone.WIB.zoneId()).toLocalDate(), march, aprilDue, false))
                .isEqualTo(ReportState.DUE_SOON);
        assertThat(ReportState.on(now.atZone(IndonesianZone.WITA.zoneId()).toLocalDate(), march, aprilDue, false))
                .isEqualTo(ReportState.OVERDUE);
        assertThat(ReportState.on(now.atZone(IndonesianZone.WIT.zoneId()).toLocalDate(), march, aprilDue, false))
                .isEqualTo(ReportState.OVERDUE);
    }

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2026, month, day);
    }
}
