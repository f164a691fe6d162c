package id.pantau.notification.delivery;

import id.pantau.defaults.security.Scope;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The delivery records in MongoDB. */
@Component
class Deliveries {

    private static final int MAX_ERROR_LENGTH = 500;

    private final MongoTemplate mongo;

    Deliveries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Plans a message unless it was planned already (the same notice planned again after a crash). */
    void plan(Delivery delivery) {
        try {
            mongo.insert(delivery);
        } catch (DuplicateKeyException plannedBefore) {
            // same notice, same recipient: the first plan stands
        }
    }

    Delivery find(String id) {
        return mongo.findById(id, Delivery.class);
    }

    /**
     * The deliveries of an alert that the scope reads, oldest first. Deliveries planned before they carried a
     * region are about the same alert, which the caller was already found to read, so they stay listed.
     */
    List<Delivery> ofAlert(String alertId, Scope scope) {
        Criteria inScope = new Criteria().orOperator(scope.readable("regionCode"),
                Criteria.where("regionCode").exists(false));
        return mongo.find(Query.query(new Criteria().andOperator(Criteria.where("alertId").is(alertId), inScope))
                .with(Sort.by("createdAt", "_id")), Delivery.class);
    }

    /** Messages to try now: never tried, or failed and due again; oldest first. */
    List<Delivery> due(Instant now, int limit) {
        return mongo.find(Query.query(Criteria.where("status").in(DeliveryStatus.PENDING, DeliveryStatus.FAILED)
                .and("nextAttemptAt").lte(now)).with(Sort.by("nextAttemptAt")).limit(limit), Delivery.class);
    }

    /**
     * Takes a due message for sending by moving its next attempt to the end of a lease: another sender skips
     * it, and if this one dies while sending, the message is due again when the lease ends.
     */
    boolean claim(Delivery delivery, Instant leaseUntil) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(delivery.id())
                        .and("status").is(delivery.status()).and("nextAttemptAt").is(delivery.nextAttemptAt())),
                new Update().set("nextAttemptAt", leaseUntil), Delivery.class).getModifiedCount() == 1;
    }

    void sent(Delivery delivery, Instant at) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(delivery.id())), new Update()
                .set("status", DeliveryStatus.SENT).set("attempts", delivery.attempts() + 1)
                .set("lastAttemptAt", at).set("sentAt", at).unset("nextAttemptAt").unset("error"), Delivery.class);
    }

    /** @param nextAttemptAt null when no attempt is left: the message stays FAILED */
    void failed(Delivery delivery, String error, Instant at, Instant nextAttemptAt) {
        Update update = new Update().set("status", DeliveryStatus.FAILED).set("attempts", delivery.attempts() + 1)
                .set("lastAttemptAt", at)
                .set("error", error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH));
        if (nextAttemptAt == null) {
            update.unset("nextAttemptAt");
        } else {
            update.set("nextAttemptAt", nextAttemptAt);
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(delivery.id())), update, Delivery.class);
    }

    /**
     * Puts the recipient's notices kept for the digest up to its moment into the digest of this id. A replica
     * that builds the same digest again finds them there, and notices after the moment wait for the next one.
     */
    void assignToDigest(String recipientId, Instant until, String digestId) {
        mongo.updateMulti(Query.query(Criteria.where("recipientId").is(recipientId)
                        .and("status").is(DeliveryStatus.FOR_DIGEST).and("createdAt").lte(until)),
                new Update().set("status", DeliveryStatus.IN_DIGEST).set("digestId", digestId), Delivery.class);
    }

    List<Delivery> inDigest(String digestId) {
        return mongo.find(Query.query(Criteria.where("digestId").is(digestId)), Delivery.class);
    }

    /**
     * The alerts the recipient was told of up to a moment, at once or in a digest (not those a silence held
     * back); what came later belongs to the next digest, however late this one is built.
     */
    List<String> alertsToldTo(String recipientId, Instant until) {
        return mongo.findDistinct(Query.query(Criteria.where("recipientId").is(recipientId).and("alertId").ne(null)
                        .and("createdAt").lte(until)
                        .and("status").in(DeliveryStatus.PENDING, DeliveryStatus.SENT, DeliveryStatus.FAILED,
                                DeliveryStatus.IN_DIGEST)),
                "alertId", Delivery.class, String.class);
    }
}
