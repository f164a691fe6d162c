package id.pantau.notification.recipient;

import id.pantau.defaults.audit.AuditEntry;
import id.pantau.defaults.security.Scope;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The recipients directory in MongoDB. The API reads only active recipients within the caller's scope; each
 * change is written together with its audit entry, in the document's {@code outbox}.
 */
@Component
public class Recipients {

    private static final String COLLECTION = "recipients";
    private static final String OUTBOX = "outbox";
    private static final String ACTIVE = "active";

    private final MongoTemplate mongo;

    Recipients(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @throws org.springframework.dao.DuplicateKeyException when an active recipient has the same key */
    void insert(Recipient recipient, AuditEntry created) {
        Document document = toDocument(recipient);
        document.put(OUTBOX, List.of(toDocument(created.toOutbox())));
        mongo.insert(document, COLLECTION);
    }

    /** An active recipient the scope reads; empty for any other, removed or of another region alike. */
    public Optional<Recipient> findActive(String id, Scope scope) {
        if (!ObjectId.isValid(id)) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findOne(Query.query(new Criteria().andOperator(
                scope.readable("regionCode"), Criteria.where("_id").is(new ObjectId(id)).and(ACTIVE).is(true))),
                Recipient.class));
    }

    /** Removes an active recipient softly, with the removal's audit entry; false when it is no longer active. */
    boolean remove(String id, Instant now, AuditEntry removed) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(new ObjectId(id)).and(ACTIVE).is(true)),
                new Update().set(ACTIVE, false).set("removedAt", now).unset("activeKey")
                        .push(OUTBOX, toDocument(removed.toOutbox())), COLLECTION).getMatchedCount() == 1;
    }

    /** Active recipients the scope reads, in the order they were added, optionally of one region or province. */
    Page<Recipient> active(Criteria region, Scope scope, Pageable pageable) {
        Criteria criteria = new Criteria().andOperator(region == null
                ? List.of(scope.readable("regionCode"), Criteria.where(ACTIVE).is(true))
                : List.of(scope.readable("regionCode"), Criteria.where(ACTIVE).is(true), region));
        Query query = Query.query(criteria);
        long total = mongo.count(query, Recipient.class);
        List<Recipient> content = mongo.find(query.with(pageable).with(Sort.by("createdAt", "_id")), Recipient.class);
        return new PageImpl<>(content, pageable, total);
    }

    /**
     * Records an action on the recipient that changes none of its fields, such as a test message sent to it:
     * the entry rides the recipient's outbox like those of its changes.
     */
    public void audit(String id, AuditEntry entry) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(new ObjectId(id))),
                new Update().push(OUTBOX, toDocument(entry.toOutbox())), COLLECTION);
    }

    /** The recipient of this id, active or not, e.g. for the secret a webhook is signed with. */
    public Optional<Recipient> findById(String id) {
        return Optional.ofNullable(mongo.findById(new ObjectId(id), Recipient.class));
    }

    /** The webhook's endpoint said it is gone (410): it receives nothing more, and the record stays. */
    public void disable(String id, Instant now) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(new ObjectId(id)).and(ACTIVE).is(true)),
                new Update().set(ACTIVE, false).set("disabledAt", now).unset("activeKey"), COLLECTION);
    }

    /** A new webhook secret; the old one keeps signing until {@code previousUntil}. False when no longer active. */
    boolean rotateSecret(Recipient recipient, String secret, Instant previousUntil, AuditEntry rotated) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(new ObjectId(recipient.id())).and(ACTIVE).is(true)
                        .and("webhookSecret").is(recipient.webhookSecret())),
                new Update().set("webhookSecret", secret).set("previousWebhookSecret", recipient.webhookSecret())
                        .set("previousSecretUntil", previousUntil).push(OUTBOX, toDocument(rotated.toOutbox())),
                COLLECTION).getMatchedCount() == 1;
    }

    /** The active recipients told once a working day, in a digest (email recipients stored without preferences too). */
    public List<Recipient> activeByDigest() {
        return mongo.find(Query.query(Criteria.where(ACTIVE).is(true).orOperator(
                Criteria.where("preferences.delivery").is(DeliveryMode.DIGEST),
                Criteria.where("preferences").exists(false).and("channel").in(Channel.EMAIL, null))), Recipient.class);
    }

    /** Who in this region currently holds the role. */
    public List<Recipient> activeInRegion(String regionCode, RecipientRole role) {
        return mongo.find(Query.query(Criteria.where("regionCode").is(regionCode).and("role").is(role)
                .and(ACTIVE).is(true)).with(Sort.by("createdAt", "_id")), Recipient.class);
    }

    private Document toDocument(Object value) {
        Document document = new Document();
        mongo.getConverter().write(value, document);
        return document;
    }
}
