package id.pantau.monitoring.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CapaianBandsTest {

    @ParameterizedTest
    @CsvSource({"107.01, SANGAT_TINGGI", "91, SANGAT_TINGGI", "90.91, TINGGI", "76, TINGGI", "75.99, SEDANG",
            "66, SEDANG", "65, RENDAH", "51, RENDAH", "50, SANGAT_RENDAH", "0, SANGAT_RENDAH"})
    void theBandsOfIndonesianPerformanceReports(String capaian, CapaianBand band) {
        assertThat(CapaianBands.DEFAULTS.of(new BigDecimal(capaian))).isEqualTo(band);
    }

    @Test
    void noCapaianHasNoBandAndBandsMustFall() {
        assertThat(CapaianBands.DEFAULTS.of(null)).isNull();
        assertThatIllegalArgumentException().isThrownBy(() -> new CapaianBands(BigDecimal.valueOf(80),
                BigDecimal.valueOf(85), BigDecimal.valueOf(66), BigDecimal.valueOf(51)));
    }
}
