package id.pantau.reporting;

import id.pantau.reporting.progress.HealthThresholds;
import java.math.BigDecimal;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code pantau.reporting.*}.
 *
 * @param timeZone the zone whose calendar day the reports are read on ("today" for time used and deadlines)
 * @param health   the progress ratios that separate on track, behind and at risk
 */
@ConfigurationProperties("pantau.reporting")
public record ReportingSettings(@DefaultValue("Asia/Jakarta") ZoneId timeZone, @DefaultValue Health health) {

    public record Health(@DefaultValue("0.95") BigDecimal onTrack, @DefaultValue("0.85") BigDecimal behind) {

        public HealthThresholds thresholds() {
            return new HealthThresholds(onTrack, behind);
        }
    }
}
