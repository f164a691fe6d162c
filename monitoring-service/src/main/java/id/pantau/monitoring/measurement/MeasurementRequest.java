package id.pantau.monitoring.measurement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A measurement as an OPD submits it; {@code period} is written as the indicator's frequency requires.
 * {@code measuredAt} (optional) is when the OPD measured; {@code source} (optional) names the sending system,
 * by default the caller's client.
 */
public record MeasurementRequest(
        @NotBlank @Size(max = 64) String innovationId,
        @NotBlank @Size(max = 64) String indicatorId,
        @NotBlank @Size(max = 16) String period,
        @NotNull BigDecimal value,
        @Size(max = 2000) String note,
        @Size(max = 2048) String evidenceUrl,
        Instant measuredAt,
        @Size(max = 64) String source) {

    /** A measurement without a measuring time or source of its own. */
    public MeasurementRequest(String innovationId, String indicatorId, String period, BigDecimal value, String note,
                              String evidenceUrl) {
        this(innovationId, indicatorId, period, value, note, evidenceUrl, null, null);
    }
}
