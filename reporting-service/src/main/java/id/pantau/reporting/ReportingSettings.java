package id.pantau.reporting;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code pantau.reporting.*}.
 *
 * @param timeZone the zone whose calendar day the reports are read on ("today" for time used and deadlines)
 */
@ConfigurationProperties("pantau.reporting")
public record ReportingSettings(@DefaultValue("Asia/Jakarta") ZoneId timeZone) {
}
