package id.pantau.reporting;

import id.pantau.reporting.period.Aggregation;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code pantau.reporting.*}.
 *
 * @param timeZone the zone whose calendar day the reports are read on ("today" for time used and deadlines)
 * @param summedUnits units of flow indicators, whose measurements of several periods are summed (e.g.
 *        "kunjungan", "dokumen"); every other indicator takes its latest value. The events do not say which
 *        indicators are flows, so the units do.
 */
@ConfigurationProperties("pantau.reporting")
public record ReportingSettings(@DefaultValue("Asia/Jakarta") ZoneId timeZone, List<String> summedUnits) {

    public ReportingSettings {
        summedUnits = summedUnits == null ? List.of()
                : summedUnits.stream().map(unit -> unit.strip().toLowerCase(Locale.ROOT)).toList();
    }

    public Aggregation aggregationOf(String unit) {
        return unit != null && summedUnits.contains(unit.strip().toLowerCase(Locale.ROOT))
                ? Aggregation.SUM : Aggregation.LAST;
    }
}
