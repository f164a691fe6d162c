package id.pantau.reporting.progress;

import java.math.BigDecimal;
import java.util.List;

/**
 * The bands performance reports put capaian in (DOMAIN.md): at or above the first threshold very high, then high,
 * medium, low, and below the last very low. The thresholds are configuration ({@code pantau.reporting.capaian-bands},
 * default 91, 76, 66, 51).
 */
public enum CapaianBand {
    SANGAT_TINGGI("Sangat tinggi"),
    TINGGI("Tinggi"),
    SEDANG("Sedang"),
    RENDAH("Rendah"),
    SANGAT_RENDAH("Sangat rendah");

    private final String label;

    CapaianBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The band of a capaian given the four lower bounds, highest first; null without a capaian. */
    public static CapaianBand of(BigDecimal capaian, List<BigDecimal> thresholds) {
        if (thresholds.size() != values().length - 1) {
            throw new IllegalArgumentException("four thresholds, highest first: " + thresholds);
        }
        if (capaian == null) {
            return null;
        }
        for (int i = 0; i < thresholds.size(); i++) {
            if (capaian.compareTo(thresholds.get(i)) >= 0) {
                return values()[i];
            }
        }
        return SANGAT_RENDAH;
    }
}
