package id.pantau.reporting.period;

import id.pantau.events.Period;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportPeriodTest {

    @Test
    void aMonthATriwulanASemesterAndAYearAreNamedAsRegionalReportsNameThem() {
        assertThat(ReportPeriod.parse("2026-03")).contains(
                new ReportPeriod("2026-03", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31), "Maret 2026"));
        assertThat(ReportPeriod.parse(" 2026-q2 ")).contains(
                new ReportPeriod("2026-Q2", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 6, 30), "Triwulan II 2026"));
        assertThat(ReportPeriod.parse("2026-S2")).contains(
                new ReportPeriod("2026-S2", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31), "Semester II 2026"));
        assertThat(ReportPeriod.parse("2026")).contains(
                new ReportPeriod("2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "Tahun 2026"));
    }

    @Test
    void cumulativeSdRunsFromTheFirstOfJanuaryToTheEndOfThePeriod() {
        assertThat(ReportPeriod.parse("sd-2026-Q2")).contains(
                new ReportPeriod("sd-2026-Q2", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30), "s.d. Triwulan II 2026"));
        assertThat(ReportPeriod.parse("SD-2026-02")).contains(
                new ReportPeriod("sd-2026-02", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 28), "s.d. Februari 2026"));
    }

    @Test
    void aTriwulanCoversItsThreeMonthsAndItselfButNotTheMonthsAroundIt() {
        ReportPeriod q1 = ReportPeriod.parse("2026-Q1").orElseThrow();

        assertThat(q1.covers(Period.of("2026-01"))).isTrue();
        assertThat(q1.covers(Period.of("2026-03"))).isTrue();
        assertThat(q1.covers(Period.of("2026-Q1"))).isTrue();
        assertThat(q1.covers(Period.of("2025-12"))).isFalse();
        assertThat(q1.covers(Period.of("2026-04"))).isFalse();
        assertThat(q1.covers(Period.of("2026-S1"))).isFalse();
        assertThat(ReportPeriod.parse("2026-03").orElseThrow().covers(Period.of("2026-Q1"))).isFalse();
        assertThat(ReportPeriod.parse("sd-2026-Q2").orElseThrow().covers(Period.of("2026-Q1"))).isTrue();
    }

    @Test
    void aRunningPeriodIsReadAsOfTodayAndAClosedOneAsOfItsLastDay() {
        ReportPeriod q2 = ReportPeriod.parse("2026-Q2").orElseThrow();

        assertThat(q2.asOf(LocalDate.of(2026, 5, 10))).isEqualTo(LocalDate.of(2026, 5, 10));
        assertThat(q2.asOf(LocalDate.of(2026, 8, 1))).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void textThatNamesNoPeriodIsRefused() {
        for (String text : new String[] {"", "2026-13", "2026-Q5", "sd-", "sd-2026-Q0", "Maret 2026", "2026-03-01"}) {
            assertThat(ReportPeriod.parse(text)).as(text).isEmpty();
        }
        assertThat(ReportPeriod.parse(null)).isEmpty();
    }
}
