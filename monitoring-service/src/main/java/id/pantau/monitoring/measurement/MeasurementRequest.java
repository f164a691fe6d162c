package id.pantau.monitoring.measurement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A measurement as an OPD submits it; {@code period} is written as the indicator's frequency requires. */
public record MeasurementRequest(
        @NotBlank @Size(max = 64) String innovationId,
        @NotBlank @Size(max = 64) String indicatorId,
        @NotBlank @Size(max = 16) String period,
        @NotNull BigDecimal value,
        @Size(max = 2000) String note,
        @Size(max = 2048) String evidenceUrl) {
}
