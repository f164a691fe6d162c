package id.pantau.monitoring.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantau.calendar.IndonesianZone;
import id.pantau.calendar.WorkingCalendar;
import id.pantau.events.Period;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportDeadlineTest {

    private final WorkingCalendar calendar = WorkingCalendar.indonesia();

    @Test
    void januarysReportIsDueTenWorkingDaysAfterTheSaturdayItEnds() {
        // 31 January 2026 is a Saturday; 2–6 and 9–13 February are the ten working days
        ReportDeadline january = ReportDeadline.of(month("2026-01"), 10, 3, calendar);

        assertThat(january.dueDate()).isEqualTo(LocalDate.of(2026, 2, 13));
        assertThat(january.dueSoonFrom()).isEqualTo(LocalDate.of(2026, 2, 10));
    }

    @Test
    void marchsReportSkipsGoodFridayAndTheWeekendsAndIsDueSoonFromTheFridayBefore() {
        // 1, 2 April; 3 April Wafat Yesus Kristus; 6–10; 13, 14, 15 April: the tenth working day
        ReportDeadline march = ReportDeadline.of(month("2026-03"), 10, 3, calendar);

        assertThat(march.dueDate()).isEqualTo(LocalDate.of(2026, 4, 15));
        // 14, 13 and (over the weekend) 10 April
        assertThat(march.dueSoonFrom()).isEqualTo(LocalDate.of(2026, 4, 10));
    }

    @Test
    void cutiBersamaAroundNyepiAndIdulFitriDoNotCount() {
        // 2–6, 9–13, 16, 17 March are twelve working days; 18–24 March are Nyepi, Idul Fitri and their cuti bersama
        ReportDeadline february = ReportDeadline.of(month("2026-02"), 15, 3, calendar);

        assertThat(february.dueDate()).isEqualTo(LocalDate.of(2026, 3, 27));
        assertThat(february.dueSoonFrom()).isEqualTo(LocalDate.of(2026, 3, 17));
    }

    @Test
    void aQuartersReportCountsFromTheQuartersLastDay() {
        ReportDeadline firstQuarter = ReportDeadline.of(Period.parse("2026-Q1",
                id.pantau.events.ReportingFrequency.QUARTERLY).orElseThrow(), 10, 3, calendar);

        assertThat(firstQuarter.dueDate()).isEqualTo(LocalDate.of(2026, 4, 15));
    }

    @Test
    void theDueDateEndsAtMidnightOfTheRegionsOwnZone() {
        ReportDeadline march = ReportDeadline.of(month("2026-03"), 10, 3, calendar);

        assertThat(march.dueBy(IndonesianZone.WIB.zoneId())).isEqualTo(Instant.parse("2026-04-15T17:00:00Z"));
        assertThat(march.dueBy(IndonesianZone.WITA.zoneId())).isEqualTo(Instant.parse("2026-04-15T16:00:00Z"));
        assertThat(march.dueBy(IndonesianZone.WIT.zoneId())).isEqualTo(Instant.parse("2026-04-15T15:00:00Z"));
    }

    private static Period month(String code) {
        return Period.parse(code, id.pantau.events.ReportingFrequency.MONTHLY).orElseThrow();
    }
}
