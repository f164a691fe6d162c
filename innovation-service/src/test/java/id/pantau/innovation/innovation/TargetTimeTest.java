package id.pantau.innovation.innovation;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TargetTimeTest {

    @ParameterizedTest(name = "{0} + {1} ends on {2}")
    @CsvSource({
            "2026-01-01, P6M,    2026-06-30",
            "2026-01-01, P1Y,    2026-12-31",
            "2026-03-15, P6M,    2026-09-14",
            "2026-01-01, P90D,   2026-03-31",
            "2026-01-01, P1M10D, 2026-02-10",
            "2026-01-31, P1M,    2026-02-28",
            "2026-01-29, P1M,    2026-02-28",
            "2026-01-28, P1M,    2026-02-27",
            "2028-02-29, P1Y,    2029-02-28",
            "2026-01-01, P1D,    2026-01-01"})
    void theTargetDateIsTheLastWholeDayOfTheDuration(LocalDate start, String duration, LocalDate targetDate) {
        assertThat(TargetTime.targetDate(start, Period.parse(duration))).isEqualTo(targetDate);
    }
}
