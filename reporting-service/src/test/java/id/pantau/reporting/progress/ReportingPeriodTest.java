package id.pantau.reporting.progress;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ReportingPeriodTest {

    @Test
    void readsMonthsTriwulansSemestersAndYears() {
        assertThat(ReportingPeriod.parse("2026-02")).isEqualTo(period("2026-02", "2026-02-01", "2026-02-28"));
        assertThat(ReportingPeriod.parse("2026-Q3")).isEqualTo(period("2026-Q3", "2026-07-01", "2026-09-30"));
        assertThat(ReportingPeriod.parse("2026-S1")).isEqualTo(period("2026-S1", "2026-01-01", "2026-06-30"));
        assertThat(ReportingPeriod.parse("2026")).isEqualTo(period("2026", "2026-01-01", "2026-12-31"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026-13", "2026-Q5", "2026-S3", "26-01", "2026/01"})
    void refusesWhatIsNotAPeriod(String code) {
        assertThatIllegalArgumentException().isThrownBy(() -> ReportingPeriod.parse(code));
    }

    private static ReportingPeriod period(String code, String start, String end) {
        return new ReportingPeriod(code, LocalDate.parse(start), LocalDate.parse(end));
    }
}
