package id.pantau.innovation.actionplan;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class IndonesianDurationTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "6 bulan          | P6M",
            "1 tahun          | P12M",
            "18 bulan         | P18M",
            "2 tahun          | P24M",
            "90 hari          | P90D",
            "3 minggu         | P21D",
            "1 tahun 6 bulan  | P18M",
            "1,5 tahun        | P18M",
            "6 Bulan          | P6M",
            "12 bln           | P12M",
            "2 thn            | P24M",
            "6 months         | P6M",
            "P6M              | P6M",
            "p1y              | P12M",
            "2 pekan          | P14D"})
    void readsDurations(String text, String expected) {
        assertThat(IndonesianDuration.parse(text)).hasValueSatisfying(time -> {
            assertThat(time.date()).isNull();
            assertThat(time.duration().toTotalMonths()).isEqualTo(Period.parse(expected).toTotalMonths());
            assertThat(time.duration().getDays()).isEqualTo(Period.parse(expected).getDays());
        });
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "31/12/2026        | 2026-12-31",
            "1/7/2026          | 2026-07-01",
            "31-12-2026        | 2026-12-31",
            "31.12.2026        | 2026-12-31",
            "2026-12-31        | 2026-12-31",
            "31 Desember 2026  | 2026-12-31",
            "30 Jun 2026       | 2026-06-30",
            "17 Agustus 2026   | 2026-08-17"})
    void readsDates(String text, LocalDate expected) {
        assertThat(IndonesianDuration.parse(text)).hasValueSatisfying(time -> {
            assertThat(time.duration()).isNull();
            assertThat(time.date()).isEqualTo(expected);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "segera", "6", "bulan", "0 bulan", "1,3 tahun", "6 purnama", "31/02/2026",
            "31/12/26", "31 Dekember 2026", "P0D", "6 bulan lagi"})
    void refusesWhatIsNeitherDurationNorDate(String text) {
        assertThat(IndonesianDuration.parse(text)).isEmpty();
    }
}
