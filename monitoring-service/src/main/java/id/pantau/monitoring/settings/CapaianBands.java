package id.pantau.monitoring.settings;

import java.math.BigDecimal;

/**
 * The lowest capaian (percent) of each band: by default ≥ 91 very high, 76–90 high, 66–75 medium, 51–65 low, ≤ 50
 * very low. A capaian between two bands' whole numbers (90.5) falls in the lower band.
 */
public record CapaianBands(BigDecimal veryHigh, BigDecimal high, BigDecimal medium, BigDecimal low) {

    public static final CapaianBands DEFAULTS = new CapaianBands(BigDecimal.valueOf(91), BigDecimal.valueOf(76),
            BigDecimal.valueOf(66), BigDecimal.valueOf(51));

    public CapaianBands {
        if (veryHigh.compareTo(high) <= 0 || high.compareTo(medium) <= 0 || medium.compareTo(low) <= 0
                || low.signum() < 0) {
            throw new IllegalArgumentException("capaian bands must fall from very high to low, got " + veryHigh + ", "
                    + high + ", " + medium + ", " + low);
        }
    }

    /** Null for no capaian. */
    public CapaianBand of(BigDecimal capaian) {
        if (capaian == null) {
            return null;
        }
        if (capaian.compareTo(veryHigh) >= 0) {
            return CapaianBand.SANGAT_TINGGI;
        }
        if (capaian.compareTo(high) >= 0) {
            return CapaianBand.TINGGI;
        }
        if (capaian.compareTo(medium) >= 0) {
            return CapaianBand.SEDANG;
        }
        return capaian.compareTo(low) >= 0 ? CapaianBand.RENDAH : CapaianBand.SANGAT_RENDAH;
    }
}
