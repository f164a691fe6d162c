package id.pantau.reporting;

import id.pantau.reporting.period.Aggregation;
import java.math.BigDecimal;
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
 * @param capaianBands the lower bounds of the capaian bands very high, high, medium and low, highest first
 * @param graceWorkingDays working days after a period's end by which its report is due (DOMAIN.md: 10), for the
 *        compliance report; the events name the due date only of reports that became overdue
 */
@ConfigurationProperties("pantau.reporting")
public record ReportingSettings(@DefaultValue("Asia/Jakarta") ZoneId timeZone, List<String> summedUnits,
                                @DefaultValue({"91", "76", "66", "51"}) List<BigDecimal> capaianBands,
                                @DefaultValue("10") int graceWorkingDays) {

    public ReportingSettings {
        summedUnits = summedUnits == null ? List.of()
                : summedUnits.stream().map(unit -> unit.strip().toLowerCase(Locale.ROOT)).toList();
        capaianBands = capaianBands == null ? DEFAULT_BANDS : List.copyOf(capaianBands);
        if (capaianBands.size() != 4) {
            throw new IllegalArgumentException("pantau.reporting.capaian-bands needs four thresholds: " + capaianBands);
        }
    }

    /** 91, 76, 66, 51: sangat tinggi ≥ 91, tinggi 76–90, sedang 66–75, rendah 51–65, sangat rendah ≤ 50. */
    public static final List<BigDecimal> DEFAULT_BANDS = List.of(new BigDecimal("91"), new BigDecimal("76"),
            new BigDecimal("66"), new BigDecimal("51"));

    public Aggregation aggregationOf(String unit) {
        return unit != null && summedUnits.contains(unit.strip().toLowerCase(Locale.ROOT))
                ? Aggregation.SUM : Aggregation.LAST;
    }
}
