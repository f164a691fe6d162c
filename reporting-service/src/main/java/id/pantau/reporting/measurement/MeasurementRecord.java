package id.pantau.reporting.measurement;

import id.pantau.events.IndicatorHealth;
import id.pantau.events.Period;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The accepted measurement of one indicator for one period ({@code _id} = indicator id / period), with
 * monitoring-service's judgement of it: the history that reports of a given period read. A correction of the
 * same period replaces it.
 */
@Document("#{@projectionVersions.collection('" + MeasurementRecord.COLLECTION + "')}")
@CompoundIndex(name = "indicator_period", def = "{'indicatorId': 1, 'periodEnd': 1}")
public record MeasurementRecord(
        @Id String id,
        String measurementId,
        String innovationId,
        String indicatorId,
        String regionCode,
        String opdCode,
        String period,
        LocalDate periodStart,
        LocalDate periodEnd,
        BigDecimal value,
        BigDecimal expected,
        BigDecimal progressRatio,
        BigDecimal capaian,
        IndicatorHealth health,
        String note,
        Instant measuredAt,
        String evidenceUrl) {

    public static final String COLLECTION = "measurement_history";

    public static String idOf(String indicatorId, String period) {
        return indicatorId + "/" + period;
    }

    public Period reportingPeriod() {
        return Period.of(period);
    }
}
