package id.pantau.monitoring.settings;

import static org.assertj.core.api.Assertions.assertThat;

import id.pantau.defaults.problem.FieldViolation;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RegionSettingsTest {

    private static final RegionSettings DEFAULTS = new RegionSettings(new BigDecimal("0.10"), new BigDecimal("0.05"),
            new BigDecimal("0.95"), new BigDecimal("0.85"), CapaianBands.DEFAULTS, 10, 3, false);

    @Test
    void aChangeReplacesOnlyTheFieldsItNames() {
        RegionSettings changed = DEFAULTS.with(new RegionSettings(new BigDecimal("0.05"), null, null, null, null, 15,
                null, true));

        assertThat(changed).isEqualTo(new RegionSettings(new BigDecimal("0.05"), new BigDecimal("0.05"),
                new BigDecimal("0.95"), new BigDecimal("0.85"), CapaianBands.DEFAULTS, 15, 3, true));
        assertThat(changed.violations()).isEmpty();
    }

    @Test
    void everyBrokenRuleIsReportedByItsField() {
        RegionSettings broken = DEFAULTS.with(new RegionSettings(new BigDecimal("0.5"), new BigDecimal("-0.01"),
                new BigDecimal("0.80"), new BigDecimal("0.90"), new CapaianBands(BigDecimal.valueOf(91),
                BigDecimal.valueOf(76), BigDecimal.valueOf(66), BigDecimal.valueOf(51)), 61, 62, null));

        assertThat(broken.violations()).extracting(FieldViolation::field).containsExactly("tolerance",
                "hysteresisMargin", "behind", "graceWorkingDays", "dueSoonWorkingDays");
    }
}
