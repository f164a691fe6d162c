package id.pantau.monitoring.settings;

import id.pantau.defaults.problem.FieldViolation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbers a region judges by (DOMAIN.md: configuration, never constants): the tolerance τ and the hysteresis
 * margin, the health thresholds on ρ, the capaian bands, the grace working days of reports and when they are due
 * soon, and whether values need evidence.
 */
public record RegionSettings(
        BigDecimal tolerance,
        BigDecimal hysteresisMargin,
        BigDecimal onTrack,
        BigDecimal behind,
        CapaianBands capaianBands,
        Integer graceWorkingDays,
        Integer dueSoonWorkingDays,
        Boolean evidenceRequired) {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    /** These settings with every field the change sets replaced. */
    RegionSettings with(RegionSettings change) {
        return new RegionSettings(or(change.tolerance, tolerance), or(change.hysteresisMargin, hysteresisMargin),
                or(change.onTrack, onTrack), or(change.behind, behind), or(change.capaianBands, capaianBands),
                or(change.graceWorkingDays, graceWorkingDays), or(change.dueSoonWorkingDays, dueSoonWorkingDays),
                or(change.evidenceRequired, evidenceRequired));
    }

    /** Every rule a complete set of settings breaks, by field. */
    List<FieldViolation> violations() {
        List<FieldViolation> violations = new ArrayList<>();
        if (tolerance.signum() < 0 || tolerance.compareTo(HALF) >= 0) {
            violations.add(new FieldViolation("tolerance", "settings-tolerance"));
        }
        if (hysteresisMargin.signum() < 0 || hysteresisMargin.compareTo(HALF) >= 0) {
            violations.add(new FieldViolation("hysteresisMargin", "settings-margin"));
        }
        if (behind.signum() <= 0 || behind.compareTo(onTrack) > 0 || onTrack.compareTo(BigDecimal.ONE) > 0) {
            violations.add(new FieldViolation("behind", "settings-health"));
        }
        try {
            new CapaianBands(capaianBands.veryHigh(), capaianBands.high(), capaianBands.medium(), capaianBands.low());
        } catch (IllegalArgumentException | NullPointerException notFalling) {
            violations.add(new FieldViolation("capaianBands", "settings-bands"));
        }
        if (graceWorkingDays < 0 || graceWorkingDays > 60) {
            violations.add(new FieldViolation("graceWorkingDays", "settings-grace"));
        }
        if (dueSoonWorkingDays < 0 || dueSoonWorkingDays > graceWorkingDays) {
            violations.add(new FieldViolation("dueSoonWorkingDays", "settings-due-soon"));
        }
        return violations;
    }

    private static <T> T or(T changed, T kept) {
        return changed != null ? changed : kept;
    }
}
