package id.pantau.notification.alert;

import id.pantau.events.AlertRule;
import id.pantau.events.TargetRecovered;
import java.math.BigDecimal;
import java.time.Instant;

/** Monitoring's word that an indicator is back on track for a rule: it resolves the open alert. */
public record Recovery(
        String eventId,
        String indicatorId,
        AlertRule rule,
        String period,
        BigDecimal expected,
        BigDecimal actual,
        BigDecimal progressRatio,
        Instant at) {

    public static Recovery of(String eventId, TargetRecovered recovered) {
        return new Recovery(eventId, recovered.indicatorId(), AlertRule.of(recovered.rule()), recovered.period(),
                recovered.expected(), recovered.actual(), recovered.progressRatio(), recovered.recoveredAt());
    }
}
