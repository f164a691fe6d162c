package id.pantau.defaults.idempotency;

import id.pantau.defaults.problem.ApiProblem;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes a retried write answer like the first one: the first request with an {@code Idempotency-Key} runs and
 * its response is kept; a retry with the same key and body gets that response again (with
 * {@code Idempotent-Replayed: true}) and changes nothing; the same key with another body is refused (422).
 * A request the API refused keeps no record, so the client may correct it and send it again. A request
 * whose service died before it answered leaves a pending record; a retry after {@link #STALE_AFTER} takes it
 * over and runs again (the write itself is guarded by its natural key, so it cannot happen twice).
 */
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    static final String COLLECTION = "idempotency_keys";
    static final Duration STALE_AFTER = Duration.ofSeconds(30);

    private final MongoTemplate mongo;
    private final JsonMapper json;

    /**
     * The issuer and subject of the authenticated caller (a subject is unique only per issuer when several are
     * trusted), each encoded so that neither can run into the other or the key; "-" for none.
     */
    private static String callerId() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            String issuer = token.getToken().getClaimAsString(JwtClaimNames.ISS);
            return URLEncoder.encode(issuer == null ? "" : issuer, StandardCharsets.UTF_8) + ":"
                    + URLEncoder.encode(token.getToken().getSubject(), StandardCharsets.UTF_8);
        }
        return "-";
    }

    public IdempotentRequests(MongoTemplate mongo, JsonMapper json) {
        this.mongo = mongo;
        this.json = json;
    }

    /**
     * @param operation names the endpoint, so one key may be reused elsewhere; keys are also the caller's own
     *                  (by token issuer and subject), so another caller's key neither replays a response it may not see nor
     *                  blocks this request
     * @param key       the client's key, or null to run without idempotency
     * @param request   the request body, whose digest tells a retry from a different request
     */
    public ResponseEntity<?> execute(String operation, String key, Object request, Supplier<ResponseEntity<?>> action) {
        if (key == null || key.isBlank()) {
            return action.get();
        }
        String id = operation + ":" + callerId() + ":" + key;
        String digest = digest(request);
        try {
            mongo.insert(new Entry(id, digest, false, null, null, null, Instant.now()), COLLECTION);
        } catch (DuplicateKeyException seenBefore) {
            if (!takeOverStale(id, digest)) {
                return replay(mongo.findById(id, Entry.class, COLLECTION), key, digest);
            }
        }
        ResponseEntity<?> response;
        try {
            response = action.get();
        } catch (RuntimeException refused) {
            mongo.remove(Query.query(Criteria.where("_id").is(id)), COLLECTION);
            throw refused;
        }
        URI location = response.getHeaders().getLocation();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update()
                .set("completed", true)
                .set("status", response.getStatusCode().value())
                .set("location", location == null ? null : location.toString())
                .set("body", response.getBody() == null ? null : json.writeValueAsString(response.getBody())), COLLECTION);
        return response;
    }

    /** Claims a pending record left by a request that never finished, e.g. because the service was killed. */
    private boolean takeOverStale(String id, String digest) {
        Query stale = Query.query(Criteria.where("_id").is(id).and("completed").is(false).and("digest").is(digest)
                .and("createdAt").lt(Instant.now().minus(STALE_AFTER)));
        return mongo.updateFirst(stale, Update.update("createdAt", Instant.now()), COLLECTION).getModifiedCount() == 1;
    }

    private ResponseEntity<?> replay(Entry entry, String key, String digest) {
        if (entry == null || !entry.completed()) {
            throw ApiProblem.conflict("idempotency-key-in-progress", key);
        }
        if (!entry.digest().equals(digest)) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", java.util.List.of(), key);
        }
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(entry.status()).header(REPLAYED_HEADER, "true");
        if (entry.location() != null) {
            builder.header(HttpHeaders.LOCATION, entry.location());
        }
        return entry.body() == null ? builder.build() : builder.contentType(MediaType.APPLICATION_JSON).body(entry.body());
    }

    private String digest(Object request) {
        try {
            byte[] bytes = json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Document
    record Entry(@Id String id, String digest, boolean completed, Integer status, String location, String body,
                 @Indexed(expireAfter = "P7D") Instant createdAt) {
    }
}
