package id.pantau.notification.silence;

import id.pantau.events.AlertRule;
import java.time.Instant;

/** A silence as the API shows it, with its state at the time of the answer. */
public record SilenceView(String id, String regionCode, String opdCode, String innovationId, String indicatorId,
                          AlertRule rule, Instant startsAt, Instant endsAt, Silence.State state, String comment,
                          String createdBy, Instant createdAt, String expiredBy, Instant expiredAt) {

    static SilenceView of(Silence silence, Instant now) {
        return new SilenceView(silence.id(), silence.regionCode(), silence.opdCode(), silence.innovationId(),
                silence.indicatorId(), silence.rule(), silence.startsAt(), silence.endsAt(), silence.state(now),
                silence.comment(), silence.createdBy(), silence.createdAt(), silence.expiredBy(), silence.expiredAt());
    }
}
