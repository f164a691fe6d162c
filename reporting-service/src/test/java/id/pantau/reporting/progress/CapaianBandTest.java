package id.pantau.reporting.progress;

import id.pantau.reporting.ReportingSettings;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CapaianBandTest {

    private static final List<BigDecimal> DEFAULT = ReportingSettings.DEFAULT_BANDS;

    @Test
    void theDefaultBandsAreThoseOfIndonesianPerformanceReports() {
        assertThat(band("120")).isEqualTo(CapaianBand.SANGAT_TINGGI);
        assertThat(band("91")).isEqualTo(CapaianBand.SANGAT_TINGGI);
        assertThat(band("90.99")).isEqualTo(CapaianBand.TINGGI);
        assertThat(band("76")).isEqualTo(CapaianBand.TINGGI);
        assertThat(band("75.5")).isEqualTo(CapaianBand.SEDANG);
        assertThat(band("66")).isEqualTo(CapaianBand.SEDANG);
        assertThat(band("65")).isEqualTo(CapaianBand.RENDAH);
        assertThat(band("51")).isEqualTo(CapaianBand.RENDAH);
        assertThat(band("50.99")).isEqualTo(CapaianBand.SANGAT_RENDAH);
        assertThat(band("0")).isEqualTo(CapaianBand.SANGAT_RENDAH);
        assertThat(CapaianBand.of(null, DEFAULT)).isNull();
    }

    @Test
    void aRegionMaySetItsOwnThresholds() {
        List<BigDecimal> strict = List.of(new BigDecimal("95"), new BigDecimal("85"), new BigDecimal("70"), new BigDecimal("55"));

        assertThat(CapaianBand.of(new BigDecimal("92"), strict)).isEqualTo(CapaianBand.TINGGI);
        assertThatThrownBy(() -> CapaianBand.of(BigDecimal.TEN, List.of(BigDecimal.ONE)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static CapaianBand band(String capaian) {
        return CapaianBand.of(new BigDecimal(capaian), DEFAULT);
    }
}
