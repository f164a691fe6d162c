package id.pantau.monitoring.settings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The settings a region admin changes (absent fields stay as they are in effect) and why. */
public record SettingsChange(
        BigDecimal tolerance,
        BigDecimal hysteresisMargin,
        BigDecimal onTrack,
        BigDecimal behind,
        CapaianBands capaianBands,
        Integer graceWorkingDays,
        Integer dueSoonWorkingDays,
        Boolean evidenceRequired,
        @NotBlank @Size(max = 500) String reason) {

    RegionSettings settings() {
        return new RegionSettings(tolerance, hysteresisMargin, onTrack, behind, capaianBands, graceWorkingDays,
                dueSoonWorkingDays, evidenceRequired);
    }
}
