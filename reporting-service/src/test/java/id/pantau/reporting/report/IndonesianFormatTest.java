package id.pantau.reporting.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IndonesianFormatTest {

    @Test
    void numbersGroupThousandsWithDotsAndSeparateDecimalsWithAComma() {
        assertThat(IndonesianFormat.decimal(new BigDecimal("1234.56"))).isEqualTo("1.234,56");
        assertThat(IndonesianFormat.decimal(new BigDecimal("8.3889"))).isEqualTo("8,39");
        assertThat(IndonesianFormat.decimal(new BigDecimal("-1234567.005"))).isEqualTo("-1.234.567,01");
        assertThat(IndonesianFormat.integer(36742)).isEqualTo("36.742");
    }

    @Test
    void datesAreDayMonthYearAndTimesNameTheIndonesianZone() {
        assertThat(IndonesianFormat.date(LocalDate.of(2026, 6, 30))).isEqualTo("30/06/2026");
        Instant noonInJakarta = Instant.parse("2026-06-30T05:00:00Z");
        assertThat(IndonesianFormat.dateTime(noonInJakarta, ZoneId.of("Asia/Jakarta"))).isEqualTo("30/06/2026 12:00 WIB");
        assertThat(IndonesianFormat.dateTime(noonInJakarta, ZoneId.of("Asia/Makassar"))).isEqualTo("30/06/2026 13:00 WITA");
        assertThat(IndonesianFormat.dateTime(noonInJakarta, ZoneId.of("Asia/Jayapura"))).isEqualTo("30/06/2026 14:00 WIT");
    }
}
