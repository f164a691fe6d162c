package id.pantau.monitoring.judging;

import id.pantau.events.IndicatorHealth;
import id.pantau.defaults.outbox.OutboxEvent;
import id.pantau.monitoring.quality.QualityFlag;
import id.pantau.monitoring.settings.CapaianBand;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The current judgement of one indicator, from its latest measured period, with the {@code TargetSlipped} /
 * {@code TargetRecovered} events its changes announce waiting in {@code outbox}. It keeps its indicator's
 * region and OPD, like every document of the service. {@code actual} is the value the period was judged by (a flow
 * trend's running total), {@code periodValue} the period's own measured value (the same for every other indicator). {@code version} guards concurrent judgings of the same
 * indicator. {@code flags} are the data-quality flags of the latest period's value; {@code forecast} is the trend's
 * projection (null below three values), {@code forecastMissAnnounced} whether its projected miss was announced;
 * {@code band} the capaian's band; {@code settingsVersion} which version of the region's settings judged it.
 */
@Document(IndicatorStatus.COLLECTION)
// the judging's guarded update names the id and the version it read: an index of exactly those keys lets a store
// without a query planner of its own (the MongoDB wire server) find the document without a scan
@CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
public record IndicatorStatus(
        @Id String indicatorId,
        String innovationId,
        String regionCode,
        String opdCode,
        String period,
        LocalDate periodEnd,
        BigDecimal actual,
        BigDecimal periodValue,
        BigDecimal expected,
        BigDecimal progressRatio,
        BigDecimal capaian,
        IndicatorHealth health,
        SlipState slip,
        Instant judgedAt,
        long version,
        List<OutboxEvent> outbox,
        List<QualityFlag> flags,
        Forecast forecast,
        Boolean forecastMissAnnounced,
        CapaianBand band,
        String settingsVersion) {

    public static final String COLLECTION = "indicator_status";

    public IndicatorStatus {
        flags = flags == null ? List.of() : List.copyOf(flags);
        // a status stored before running totals were judged is a last value's: its actual is the period's value
        periodValue = periodValue == null ? actual : periodValue;
        forecastMissAnnounced = Boolean.TRUE.equals(forecastMissAnnounced);
    }

    Slip currentSlip() {
        return slip == null ? null : slip.slip();
    }
}
