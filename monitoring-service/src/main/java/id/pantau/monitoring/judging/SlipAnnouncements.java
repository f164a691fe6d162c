package id.pantau.monitoring.judging;

import id.pantau.events.PantauEvent;
import id.pantau.events.TargetRecovered;
import id.pantau.events.TargetSlipped;
import id.pantau.monitoring.indicator.Indicator;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The event a judgement announces: one per change of slip state, never one per evaluation. Entering a slip or
 * changing its severity or rule is a {@link TargetSlipped}; leaving it is a {@link TargetRecovered}.
 */
public final class SlipAnnouncements {

    private SlipAnnouncements() {
    }

    public static Optional<PantauEvent> of(Indicator indicator, Slip before, Judgement after, Instant now) {
        Slip next = after.slip();
        if (Objects.equals(before, next)) {
            return Optional.empty();
        }
        if (next == null) {
            return Optional.of(new TargetRecovered(indicator.innovationId(), indicator.indicatorId(),
                    indicator.regionCode(), indicator.opdCode(), indicator.name(), before.rule(), after.period(),
                    after.expected(), after.actual(), after.progressRatio(), now));
        }
        return Optional.of(new TargetSlipped(indicator.innovationId(), indicator.indicatorId(), indicator.regionCode(),
                indicator.opdCode(), indicator.name(), next.rule(), next.severity(), after.period(), after.expected(),
                after.actual(), after.progressRatio(), now));
    }
}
