package id.pantau.monitoring.measurement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * An explicit correction of a stored measurement: the new value (with its note, evidence and source) and why the
 * old one was wrong. The old value stays in the measurement's history.
 */
public record MeasurementCorrection(
        @NotNull BigDecimal value,
        @Size(max = 2000) String note,
        @Size(max = 2048) String evidenceUrl,
        @NotBlank @Size(max = 500) String reason,
        @Size(max = 64) String source) {
}
