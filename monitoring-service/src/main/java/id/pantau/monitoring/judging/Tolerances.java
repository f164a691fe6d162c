package id.pantau.monitoring.judging;

import id.pantau.events.RegionCode;
import java.math.BigDecimal;
import java.util.Map;

/**
 * The tolerance of each region: its own if configured, else its province's (the {@code PP} of {@code PP.KK}),
 * else the platform default.
 */
public final class Tolerances {

    private final Tolerance fallback;
    private final Map<String, BigDecimal> byRegion;

    public Tolerances(BigDecimal fallback, Map<String, BigDecimal> byRegion) {
        this.fallback = new Tolerance(fallback);
        this.byRegion = Map.copyOf(byRegion);
        // a misconfigured region fails at start-up, not at its first measurement
        this.byRegion.values().forEach(Tolerance::new);
    }

    public Tolerance forRegion(String regionCode) {
        if (regionCode == null) {
            return fallback;
        }
        BigDecimal own = byRegion.get(regionCode);
        if (own != null) {
            return new Tolerance(own);
        }
        BigDecimal province = RegionCode.parse(regionCode)
                .map(code -> byRegion.get(code.province().value())).orElse(null);
        return province != null ? new Tolerance(province) : fallback;
    }
}
