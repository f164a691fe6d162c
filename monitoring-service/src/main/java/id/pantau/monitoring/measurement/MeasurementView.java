package id.pantau.monitoring.measurement;

import id.pantau.monitoring.status.IndicatorStatusView;
import java.math.BigDecimal;
import java.time.Instant;

/** A measurement as the API shows it; right after submission it carries the indicator's resulting status. */
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
        String submittedBy,
        Instant measuredAt,
        IndicatorStatusView status) {

    static MeasurementView of(Measurement measurement) {
        return of(measurement, null);
    }

    static MeasurementView of(Measurement measurement, IndicatorStatusView status) {
        return new MeasurementView(measurement.id(), measurement.innovationId(), measurement.indicatorId(),
                measurement.regionCode(), measurement.opdCode(), measurement.period(), measurement.value(),
                measurement.note(), measurement.evidenceUrl(), measurement.submittedBy(), measurement.measuredAt(),
                status);
    }
}
