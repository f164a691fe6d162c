package id.pantau.events;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PeriodTest {

    @ParameterizedTest
    @CsvSource({
            "2026-03, MONTHLY, 2026-03-01, 2026-03-31",
            "2024-02, MONTHLY, 2024-02-01, 2024-02-29",
            "2026-Q1, QUARTERLY, 2026-01-01, 2026-03-31",
            "2026-Q4, QUARTERLY, 2026-10-01, 2026-12-31",
            "2026-S1, SEMESTER, 2026-01-01, 2026-06-30",
            "2026-S2, SEMESTER, 2026-07-01, 2026-12-31",
            "2026, YEARLY, 2026-01-01, 2026-12-31"})
    void coversTheDaysOfItsPeriod(String code, ReportingFrequency frequency, LocalDate start, LocalDate end) {
        Period period = Period.parse(code, frequency).orElseThrow();

        assertThat(period.code()).isEqualTo(code);
        assertThat(period.start()).isEqualTo(start);
        assertThat(period.end()).isEqualTo(end);
    }

    @ParameterizedTest
    @CsvSource({
            "2026-Q1, MONTHLY", "2026-13, MONTHLY", "2026-3, MONTHLY", "26-03, MONTHLY", "2026-00, MONTHLY",
            "2026-03, QUARTERLY", "2026-Q5, QUARTERLY", "2026-Q0, QUARTERLY",
            "2026-S3, SEMESTER", "2026-Q1, SEMESTER",
            "2026-03, YEARLY", "'', YEARLY", "maret 2026, MONTHLY"})
    void refusesTextThatIsNotAPeriodOfTheFrequency(String code, ReportingFrequency frequency) {
        assertThat(Period.parse(code, frequency)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"2026-q2, QUARTERLY, 2026-Q2", "' 2026-s1 ', SEMESTER, 2026-S1"})
    void writesQuarterAndSemesterInCapitalsWhateverTheInput(String text, ReportingFrequency frequency, String code) {
        assertThat(Period.parse(text, frequency).orElseThrow().code()).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({"MONTHLY", "QUARTERLY", "SEMESTER", "YEARLY"})
    void theExampleInMessagesIsItselfAValidPeriod(ReportingFrequency frequency) {
        assertThat(Period.parse(Period.example(frequency), frequency)).isPresent();
    }

    @Test
    void anEventsPeriodIsReadWhateverItsFrequency() {
        assertThat(Period.of("2026-02")).isEqualTo(period("2026-02", ReportingFrequency.MONTHLY, "2026-02-01", "2026-02-28"));
        assertThat(Period.of("2026-Q3")).isEqualTo(period("2026-Q3", ReportingFrequency.QUARTERLY, "2026-07-01", "2026-09-30"));
        assertThat(Period.of("2026-S1")).isEqualTo(period("2026-S1", ReportingFrequency.SEMESTER, "2026-01-01", "2026-06-30"));
        assertThat(Period.of("2026")).isEqualTo(period("2026", ReportingFrequency.YEARLY, "2026-01-01", "2026-12-31"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026-13", "2026-Q5", "2026-S3", "26-01", "2026/01"})
    void whatIsNoPeriodIsRefused(String code) {
        assertThatIllegalArgumentException().isThrownBy(() -> Period.of(code));
    }

    private static Period period(String code, ReportingFrequency frequency, String start, String end) {
        return new Period(code, frequency, LocalDate.parse(start), LocalDate.parse(end));
    }
}
