package id.pantau.notification.silence;

import id.pantau.defaults.audit.AuditEntry;
import id.pantau.defaults.outbox.OutboxRelay;
import id.pantau.defaults.problem.ApiProblem;
import id.pantau.defaults.security.Scope;
import id.pantau.notification.NotificationProperties;
import id.pantau.notification.web.RegionFilter;
import java.time.Clock;
import java.time.Instant;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * What callers do with silences, within their scope: they create them where they may write (a province silence
 * only by who writes in the whole province) and expire them early; every change is audited with its write.
 */
@Service
class SilenceService {

    private static final String AUDIT_ENTITY = "silence";

    private final Silences silences;
    private final OutboxRelay relay;
    private final NotificationProperties properties;
    private final Clock clock;

    SilenceService(Silences silences, OutboxRelay relay, NotificationProperties properties, Clock clock) {
        this.silences = silences;
        this.relay = relay;
        this.properties = properties;
        this.clock = clock;
    }

    /** @throws ApiProblem 400 for a bad time box, 404 or 403 outside the caller's writable scope */
    Silence create(NewSilence request, Scope scope) {
        Instant now = clock.instant();
        request.checkTimeBox(now, properties.silenceMaxDuration());
        scope.checkWrite(request.regionCode(), request.opdCode());
        Silence silence = Silence.create(ObjectId.get().toHexString(), request, scope.caller().subject(), now);
        silences.insert(silence, AuditEntry.of(AUDIT_ENTITY, silence.id(), "created", silence.regionCode(),
                silence.opdCode(), null, SilenceView.of(silence, now)));
        relay.relaySoon();
        return silence;
    }

    /** @throws ApiProblem 404 when there is no silence of this id in the caller's scope */
    Silence find(String id, Scope scope) {
        return silences.find(id, scope).orElseThrow(() -> notFound(id));
    }

    Page<Silence> list(String region, Boolean active, Scope scope, Pageable pageable) {
        return silences.search(RegionFilter.criteria(region), active, clock.instant(), scope, pageable);
    }

    /**
     * Ends the silence now: the alerts it held back are delivered again from then on.
     *
     * @throws ApiProblem 404 outside the caller's scope, 403 where it may not write, 409 when it has ended already
     */
    Silence expire(String id, Scope scope) {
        Silence silence = find(id, scope);
        scope.checkWrite(silence.regionCode(), silence.opdCode());
        Instant now = clock.instant();
        if (silence.state(now) == Silence.State.EXPIRED) {
            throw ApiProblem.conflict("silence-expired", id);
        }
        Silence expired = silence.expire(scope.caller().subject(), now);
        AuditEntry audit = AuditEntry.of(AUDIT_ENTITY, id, "expired", silence.regionCode(), silence.opdCode(),
                SilenceView.of(silence, now), SilenceView.of(expired, now));
        if (!silences.expire(expired, audit)) {
            throw ApiProblem.conflict("silence-expired", id);
        }
        relay.relaySoon();
        return expired;
    }

    Instant now() {
        return clock.instant();
    }

    private static ApiProblem notFound(String id) {
        return ApiProblem.notFound("silence-not-found", id);
    }
}
