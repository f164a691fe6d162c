package id.pantau.defaults.audit;

import id.pantau.defaults.outbox.OutboxEvent;
import id.pantau.defaults.security.Caller;
import id.pantau.defaults.time.Moments;
import id.pantau.defaults.web.RequestIdFilter;
import id.pantau.events.PantauJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * One state change made through the API: who (opaque subject, client, roles), when, what (entity, id, action,
 * and the region and OPD it belongs to), digests of the state before and after (never the state itself, so
 * no personal data is copied), and the request id. It is written into the changed document's outbox in the
 * same write as the change, and the outbox relay appends it to the {@link AuditTrail}: a crash between the
 * change and the trail loses nothing.
 * <p>
 * {@code issuer} is the {@code iss} of the caller's token: with several trusted issuers a subject is unique only
 * per issuer. It comes last and is left out of the JSON when absent, so records appended before it existed hash
 * exactly as they did and still verify.
 */
public record AuditEntry(
        String entity,
        String entityId,
        String action,
        String region,
        String opd,
        String subject,
        String client,
        List<String> roles,
        Instant at,
        String beforeDigest,
        String afterDigest,
        String requestId,
        String issuer) {

    /** The outbox type of an audit entry; the relay appends these to the trail instead of publishing them. */
    public static final String OUTBOX_TYPE = "pantau.audit";

    /** A change by the current request's caller; {@code before} is null for a creation, {@code after} for a removal. */
    public static AuditEntry of(String entity, String entityId, String action, String region, String opd,
                                Object before, Object after) {
        Caller caller = Caller.current();
        return new AuditEntry(entity, entityId, action, region, opd, caller.subject(), caller.client(),
                caller.roles().stream().map(Enum::name).sorted().toList(), Moments.now(), digest(before),
                digest(after), RequestIdFilter.current(), caller.issuer());
    }

    /**
     * The same caller's change, at the same moment, to the part of it in another region and OPD, with that part's
     * state after: one request can change documents of several OPDs (a batch of measurements), each audited apart.
     */
    public AuditEntry about(String region, String opd, Object after) {
        return new AuditEntry(entity, entityId, action, region, opd, subject, client, roles, at, beforeDigest,
                digest(after), requestId, issuer);
    }

    /** This entry as an outbox element of the changed document. */
    public OutboxEvent toOutbox() {
        return OutboxEvent.audit(OUTBOX_TYPE, entityId, PantauJson.mapper().writeValueAsString(this));
    }

    /** SHA-256 of the JSON form of a state; null for no state. */
    public static String digest(Object state) {
        return state == null ? null : sha256(PantauJson.mapper().writeValueAsString(state));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
