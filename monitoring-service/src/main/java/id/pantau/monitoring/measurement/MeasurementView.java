package id.pantau.monitoring.measurement;

import id.pantau.monitoring.quality.QualityFlag;
import id.pantau.monitoring.status.IndicatorStatusView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A measurement as the API shows it, with its data-quality flags, its revision and the values corrections
 * replaced; right after submission it carries the indicator's resulting status.
 */
public record MeasurementView(
        String id,
        String innovationId,
        String indicatorId,
        String regionCode,
        String opdCode,
        String period,
        BigDecimal value,
        String note,
        String evidenceUrl,
        String source,
        String submittedBy,
        Instant measuredAt,
        Instant receivedAt,
        List<QualityFlag> flags,
        int revision,
        List<SupersededValue> history,
        String batchId,
        IndicatorStatusView status) {

    static MeasurementView of(Measurement measurement) {
        return of(measurement, null);
    }

    static MeasurementView of(Measurement measurement, IndicatorStatusView status) {
        return new MeasurementView(measurement.id(), measurement.innovationId(), measurement.indicatorId(),
                measurement.regionCode(), measurement.opdCode(), measurement.period(), measurement.value(),
                measurement.note(), measurement.evidenceUrl(), measurement.source(), measurement.submittedBy(),
                measurement.measuredAt(), measurement.receivedAt(), measurement.flags(), measurement.revision(),
                measurement.history(), measurement.batchId(), status);
    }
}
