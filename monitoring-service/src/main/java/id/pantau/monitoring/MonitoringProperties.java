package id.pantau.monitoring;

import id.pantau.events.IndicatorHealth;
import java.math.BigDecimal;
import id.pantau.events.RegionCode;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
 * @param compliance when reports fall due
 * @param forecastPoints how many of an indicator's latest values its forecast line is drawn through
 * @param hysteresisMargin how far beyond a threshold progress must come back before a worse state is left
 * @param capaianBands   the lowest capaian of each band
 * @param reviewCron     when the time-driven rules run (report states, missed deadlines), also once at start-up:
 *                       hourly, so that each time zone's new day is seen within the hour
 */
@ConfigurationProperties("pantau.monitoring")
public record MonitoringProperties(
        @DefaultValue("0.10") BigDecimal tolerance,
        Map<String, Region> regions,
        @DefaultValue IndicatorHealth health,
        @DefaultValue Quality quality,
        @DefaultValue("10000") int batchMaxRows,
        @DefaultValue Compliance compliance,
        @DefaultValue("6") int forecastPoints,
        @DefaultValue("0 5 * * * *") String reviewCron,
        @DefaultValue("0.05") BigDecimal hysteresisMargin,
        @DefaultValue Bands capaianBands) {

    public MonitoringProperties {
        regions = regions == null ? Map.of() : Map.copyOf(regions);
    }

    /** A region's (or province's) own settings; an absent one takes its province's, then the default. */
    /** The lowest capaian (percent) of each band: sangat tinggi, tinggi, sedang, rendah; below is sangat rendah. */
    public record Bands(@DefaultValue("91") BigDecimal veryHigh, @DefaultValue("76") BigDecimal high,
                        @DefaultValue("66") BigDecimal medium, @DefaultValue("51") BigDecimal low) {
    }

    public record Region(BigDecimal tolerance, Boolean evidenceRequired, Integer graceWorkingDays) {
    }

    /**
     * A region's setting: its own if set, else its province's (the {@code PP} of {@code PP.KK}), else
     * {@code fallback}.
     */
    public <T> T forRegion(String regionCode, Function<Region, T> setting, T fallback) {
        if (regionCode == null) {
            return fallback;
        }
        T own = Optional.ofNullable(regions.get(regionCode)).map(setting).orElse(null);
        if (own != null) {
            return own;
        }
        return RegionCode.parse(regionCode).map(code -> regions.get(code.province().value()))
                .map(setting).orElse(fallback);
    }

    /**
     * @param graceWorkingDays   a period's report is due this many working days after the period ends
     * @param dueSoonWorkingDays it is due soon from this many working days before its due date
     */
    public record Compliance(@DefaultValue("10") int graceWorkingDays, @DefaultValue("3") int dueSoonWorkingDays) {
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
