package id.pantau.notification.recipient;

import id.pantau.defaults.audit.AuditEntry;
import id.pantau.defaults.outbox.OutboxRelay;
import id.pantau.defaults.problem.ApiProblem;
import id.pantau.defaults.security.Scope;
import id.pantau.events.RegionCode;
import id.pantau.notification.NotificationProperties;
import id.pantau.notification.web.RegionFilter;
import java.time.Clock;
import org.bson.types.ObjectId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * What callers do with recipients, within their scope: administrators add and remove them where they may
 * write, and every change is audited with the write that makes it.
 */
@Service
class RecipientService {

    private final Recipients recipients;
    private final OutboxRelay relay;
    private final NotificationProperties properties;
    private final Clock clock;

    RecipientService(Recipients recipients, OutboxRelay relay, NotificationProperties properties, Clock clock) {
        this.recipients = recipients;
        this.properties = properties;
        this.relay = relay;
        this.clock = clock;
    }

    /** @throws ApiProblem 404 or 403 outside the caller's writable scope, 409 when the recipient exists */
    Recipient add(NewRecipient request, Scope scope) {
        scope.checkWrite(request.regionCode(), null);
        RegionCode region = new RegionCode(request.regionCode());
        String id = ObjectId.get().toHexString();
        Recipient recipient = switch (request.channelOrDefault()) {
            case WEBHOOK -> Recipient.webhook(id, region, request.name(), request.url(), WebhookSecrets.generate(),
                    request.role(), request.opdCode(), request.minSeverity(), clock.instant());
            case TELEGRAM -> Recipient.telegram(id, region, request.name(), request.telegramChatId(), request.role(),
                    request.opdCode(), request.minSeverity(), clock.instant());
            case EMAIL -> Recipient.create(id, region, request.name(), request.email(), request.role(),
                    request.opdCode(), request.minSeverity(), clock.instant());
        };
        recipient = recipient.with(request.preferences());
        AuditEntry created = AuditEntry.of(Recipient.AUDITED_ENTITY, recipient.id(), "created",
                recipient.regionCode(), recipient.opdCode(), null, RecipientView.of(recipient));
        try {
            recipients.insert(recipient, created);
        } catch (DuplicateKeyException exists) {
            throw ApiProblem.conflict("recipient-exists", recipient.regionCode(), recipient.address(), recipient.role());
        }
        relay.relaySoon();
        return recipient;
    }

    /** @throws ApiProblem 404 when there is no active recipient of this id in the caller's scope */
    Recipient find(String id, Scope scope) {
        return recipients.findActive(id, scope).orElseThrow(() -> notFound(id));
    }

    Page<Recipient> list(String region, Scope scope, Pageable pageable) {
        return recipients.active(RegionFilter.criteria(region), scope, pageable);
    }

    /** Soft removal: the recipient receives nothing more and disappears from the API, and stays on record. */
    void remove(String id, Scope scope) {
        Recipient recipient = find(id, scope);
        scope.checkWrite(recipient.regionCode(), null);
        AuditEntry removed = AuditEntry.of(Recipient.AUDITED_ENTITY, id, "removed", recipient.regionCode(),
                recipient.opdCode(), RecipientView.of(recipient), null);
        if (!recipients.remove(id, clock.instant(), removed)) {
            throw notFound(id);
        }
        relay.relaySoon();
    }

    /**
     * Gives a webhook recipient a new secret, returned this once; the old one keeps signing for the overlap.
     *
     * @throws ApiProblem 404 outside the caller's scope, 403 where it may not write, 409 for an email recipient
     */
    Recipient rotateSecret(String id, Scope scope) {
        Recipient recipient = find(id, scope);
        scope.checkWrite(recipient.regionCode(), null);
        if (recipient.channel() != Channel.WEBHOOK) {
            throw ApiProblem.conflict("recipient-not-webhook", id);
        }
        String secret = WebhookSecrets.generate();
        java.time.Instant now = clock.instant();
        AuditEntry rotated = AuditEntry.of(Recipient.AUDITED_ENTITY, id, "secret-rotated", recipient.regionCode(),
                recipient.opdCode(), RecipientView.of(recipient), RecipientView.of(recipient));
        if (!recipients.rotateSecret(recipient, secret, now.plus(properties.delivery().secretOverlap()), rotated)) {
            throw ApiProblem.conflict("recipient-changed", id);
        }
        relay.relaySoon();
        return recipients.findActive(id, scope).orElseThrow(() -> notFound(id));
    }

    private static ApiProblem notFound(String id) {
        return ApiProblem.notFound("recipient-not-found", id);
    }
}
