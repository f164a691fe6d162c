package id.pantau.monitoring.measurement;

import java.math.BigDecimal;
import id.pantau.monitoring.quality.QualityFlag;
import java.time.Instant;
import java.util.List;

/** A value a measurement had before an explicit correction replaced it: kept, with who replaced it, when and why. */
public record SupersededValue(
        int revision,
        BigDecimal value,
        String note,
        String evidenceUrl,
        String source,
        String submittedBy,
        Instant measuredAt,
        List<QualityFlag> flags,
        Instant supersededAt,
        String supersededBy,
        String reason) {
}
