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
 * @param quality   when an accepted value is flagged for a second look
 * @param batchMaxRows the most rows one batch request may carry
 */
@ConfigurationProperties("pantau.monitoring")
public record MonitoringProperties(
        @DefaultValue("0.10") BigDecimal tolerance,
        Map<String, Region> regions,
        @DefaultValue IndicatorHealth health,
        @DefaultValue Quality quality,
        @DefaultValue("10000") int batchMaxRows) {

    public MonitoringProperties {
        regions = regions == null ? Map.of() : Map.copyOf(regions);
    }

    /** A region's (or province's) own settings; an absent one takes its province's, then the default. */
    public record Region(BigDecimal tolerance, Boolean evidenceRequired) {
    }

    /**
     * @param jumpDeviations   a value this many standard deviations from the indicator's history is a jump
     * @param evidenceRequired whether every value should come with an evidence link
     */
    public record Quality(@DefaultValue("3") double jumpDeviations, @DefaultValue("false") boolean evidenceRequired) {
    }

    public record IndicatorHealth(@DefaultValue("0.95") BigDecimal onTrack, @DefaultValue("0.85") BigDecimal behind) {
    }
}
