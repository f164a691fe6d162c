package id.pantau.monitoring;

import id.pantau.events.IndicatorHealth;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code pantau.monitoring.*}: numbers that differ by region or year are configuration, never constants.
 *
 * @param tolerance the share by which progress may fall short of the trajectory before an indicator slips
 * @param regions   per-region (or per-province) overrides, keyed by region code: in YAML {@code "[32.73]"}
 * @param health    the progress ratios that separate on track, behind and at risk
 */
@ConfigurationProperties("pantau.monitoring")
public record MonitoringProperties(
        @DefaultValue("0.10") BigDecimal tolerance,
        Map<String, Region> regions,
        @DefaultValue IndicatorHealth health) {

    public MonitoringProperties {
        regions = regions == null ? Map.of() : Map.copyOf(regions);
    }

    public record Region(BigDecimal tolerance) {
    }

    public record IndicatorHealth(@DefaultValue("0.95") BigDecimal onTrack, @DefaultValue("0.85") BigDecimal behind) {
    }
}
