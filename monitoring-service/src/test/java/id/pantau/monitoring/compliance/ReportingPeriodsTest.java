package id.pantau.monitoring.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantau.events.Period;
import id.pantau.events.ReportingFrequency;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportingPeriodsTest {

    @Test
    void anIndicatorReportsEveryPeriodFromTheOneHoldingItsStartToTheOneHoldingItsDeadline() {
        assertThat(ReportingPeriods.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30),
                ReportingFrequency.MONTHLY)).extracting(Period::code)
                .containsExactly("2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06");
        assertThat(ReportingPeriods.between(LocalDate.of(2026, 2, 10), LocalDate.of(2026, 12, 31),
                ReportingFrequency.QUARTERLY)).extracting(Period::code)
                .containsExactly("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
        assertThat(ReportingPeriods.between(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 3, 1),
                ReportingFrequency.SEMESTER)).extracting(Period::code).containsExactly("2026-S2", "2027-S1");
        assertThat(ReportingPeriods.between(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 3, 1),
                ReportingFrequency.YEARLY)).extracting(Period::code).containsExactly("2026", "2027");
    }

    @Test
    void theComputedPeriodOfEveryDayIsTheParsedPeriodOfItsCodeAndHoldsTheDay() {
        for (ReportingFrequency frequency : ReportingFrequency.values()) {
            for (LocalDate day = LocalDate.of(2026, 1, 1); day.isBefore(LocalDate.of(2028, 1, 1)); day = day.plusDays(1)) {
                Period period = ReportingPeriods.containing(day, frequency);
                assertThat(period).isEqualTo(Period.parse(period.code(), frequency).orElseThrow());
                assertThat(day).isBetween(period.start(), period.end());
            }
        }
    }
}
