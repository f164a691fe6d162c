package id.pantau.notification.silence;

import id.pantau.events.RegionCode;
import id.pantau.notification.alert.Alert;
import id.pantau.events.AlertRule;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A time-boxed decision not to deliver the alerts of a known situation (a mid-year target revision, say), with
 * who decided (an opaque subject id) and why. It matches alerts of its region (a province silence covers its
 * kabupaten/kota) and of each of its optional OPD, innovation, indicator and rule. Silenced alerts are still
 * opened and kept; only their messages stay unsent. Expiring a silence early ends it at that moment.
 */
@Document("silences")
@CompoundIndex(name = "region_ends", def = "{'regionCode': 1, 'endsAt': 1}")
@CompoundIndex(name = "province_created", def = "{'provinceCode': 1, 'createdAt': -1}")
public record Silence(
        @Id String id,
        String regionCode,
        String provinceCode,
        String opdCode,
        String innovationId,
        String indicatorId,
        AlertRule rule,
        Instant startsAt,
        Instant endsAt,
        String comment,
        String createdBy,
        Instant createdAt,
        String expiredBy,
        Instant expiredAt) {

    public enum State {
        /** Starts later. */
        PENDING,
        ACTIVE,
        /** Ended, at its end or expired early. */
        EXPIRED
    }

    static Silence create(String id, NewSilence request, String createdBy, Instant now) {
        RegionCode region = new RegionCode(request.regionCode());
        return new Silence(id, region.value(), region.province().value(), blankToNull(request.opdCode()),
                blankToNull(request.innovationId()), blankToNull(request.indicatorId()), request.rule(),
                request.startsAt() == null ? now : request.startsAt(), request.endsAt(), request.comment().trim(),
                createdBy, now, null, null);
    }

    public State state(Instant at) {
        if (!endsAt.isAfter(at)) {
            return State.EXPIRED;
        }
        return startsAt.isAfter(at) ? State.PENDING : State.ACTIVE;
    }

    /** The silence ends now, by the caller's decision. */
    Silence expire(String by, Instant at) {
        return new Silence(id, regionCode, provinceCode, opdCode, innovationId, indicatorId, rule, startsAt, at,
                comment, createdBy, createdAt, by, at);
    }

    /** Whether this silence holds back the messages of the alert at that moment. */
    public boolean silences(Alert alert, Instant at) {
        return state(at) == State.ACTIVE
                && new RegionCode(regionCode).covers(new RegionCode(alert.regionCode()))
                && matches(opdCode, alert.opdCode())
                && matches(innovationId, alert.innovationId())
                && matches(indicatorId, alert.indicatorId())
                && (rule == null || rule == alert.rule());
    }

    private static boolean matches(String wanted, String actual) {
        return wanted == null || wanted.equals(actual);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
