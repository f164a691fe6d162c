package id.pantau.notification.alert;

import id.pantau.defaults.outbox.OutboxEvent;
import id.pantau.defaults.security.Scope;
import id.pantau.events.AlertRule;
import java.time.Instant;
import java.util.ArrayList;
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
 * Alerts in MongoDB. A change is written in one update together with its outbox entries (event, audit entry)
 * and its pending notice, all appended with {@code $push} so that the outbox relay and the delivery planner,
 * which remove what they handled with {@code $pull}, never lose or repeat an entry. Updates are conditional on
 * the version the alert was read at.
 */
@Component
public class AlertStore {

    static final String COLLECTION = "alerts";
    public static final String PENDING_NOTICES = "pendingNotices";
    private static final String OUTBOX = "outbox";
    private static final String VERSION = "version";

    private final MongoTemplate mongo;

    AlertStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** An alert the scope reads; empty for any other, of another region or nonexistent alike. */
    public Optional<Alert> find(String id, Scope scope) {
        if (!ObjectId.isValid(id)) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findOne(Query.query(new Criteria().andOperator(
                scope.readable("regionCode"), Criteria.where("_id").is(new ObjectId(id)))), Alert.class));
    }

    Optional<Alert> findOpen(String indicatorId, AlertRule rule, String period) {
        return Optional.ofNullable(mongo.findOne(
                Query.query(Criteria.where("openKey").is(Alert.openKey(indicatorId, rule, period))), Alert.class));
    }

    /** The open alerts of an indicator and rule, whatever their period. */
    List<Alert> findOpen(String indicatorId, AlertRule rule) {
        return mongo.find(Query.query(Criteria.where("indicatorId").is(indicatorId).and("rule").is(rule)
                .and("openKey").exists(true)), Alert.class);
    }

    /** @throws org.springframework.dao.DuplicateKeyException when an alert for the same key is already open */
    void insert(AlertChange change) {
        Document document = toDocument(change.alert());
        document.put(VERSION, 0L);
        document.put(OUTBOX, outboxEntries(change));
        document.put(PENDING_NOTICES, change.notice() == null ? List.of() : List.of(toDocument(change.notice())));
        mongo.insert(document, COLLECTION);
    }

    /** Writes a change unless the alert was written since it was read; false when it was (read it again). */
    boolean update(AlertChange change) {
        Alert alert = change.alert();
        Update update = new Update();
        toDocument(alert).forEach((field, value) -> {
            if (!field.equals("_id") && !field.equals(VERSION)) {
                update.set(field, value);
            }
        });
        // the converter leaves out null fields: clear those an alert drops on the way
        if (alert.openKey() == null) {
            update.unset("openKey");
        }
        if (alert.nextEscalationAt() == null) {
            update.unset("nextEscalationAt");
        }
        update.set(VERSION, alert.version() + 1);
        List<Document> outbox = outboxEntries(change);
        if (!outbox.isEmpty()) {
            update.push(OUTBOX).each(outbox.toArray());
        }
        if (change.notice() != null) {
            update.push(PENDING_NOTICES, toDocument(change.notice()));
        }
        Query current = Query.query(Criteria.where("_id").is(new ObjectId(alert.id())).and(VERSION).is(alert.version()));
        return mongo.updateFirst(current, update, COLLECTION).getMatchedCount() == 1;
    }

    /** Open alerts whose escalation is due, the longest overdue first. */
    List<Alert> dueForEscalation(Instant now, int limit) {
        return mongo.find(Query.query(Criteria.where("nextEscalationAt").lte(now).and("state").is(AlertState.OPEN))
                .with(Sort.by("nextEscalationAt")).limit(limit), Alert.class);
    }

    Optional<Alert> findById(String id) {
        return Optional.ofNullable(mongo.findById(new ObjectId(id), Alert.class));
    }

    /** The alerts of these ids that are not resolved, whatever their region. */
    public List<Alert> unresolved(java.util.Collection<String> ids) {
        List<ObjectId> objectIds = ids.stream().filter(ObjectId::isValid).map(ObjectId::new).toList();
        return mongo.find(Query.query(Criteria.where("_id").in(objectIds).and("state").ne(AlertState.RESOLVED)),
                Alert.class);
    }

    /** The alerts of these ids, whatever their region and state. */
    public List<Alert> all(java.util.Collection<String> ids) {
        List<ObjectId> objectIds = ids.stream().filter(ObjectId::isValid).map(ObjectId::new).toList();
        return mongo.find(Query.query(Criteria.where("_id").in(objectIds)), Alert.class);
    }

    /** The alerts the scope reads that meet every filter, newest first. */
    Page<Alert> search(List<Criteria> filters, Scope scope, Pageable pageable) {
        List<Criteria> criteria = new ArrayList<>(filters);
        criteria.add(scope.readable("regionCode"));
        Query query = Query.query(new Criteria().andOperator(criteria));
        long total = mongo.count(query, Alert.class);
        List<Alert> content = mongo.find(query.with(pageable)
                .with(Sort.by(Sort.Direction.DESC, "openedAt", "_id")), Alert.class);
        return new PageImpl<>(content, pageable, total);
    }

    /** Alerts whose notices have not been turned into deliveries yet, oldest first. */
    public List<Document> withPendingNotices(int limit) {
        Query query = Query.query(Criteria.where(PENDING_NOTICES + ".0").exists(true)).limit(limit);
        query.with(Sort.by("lastSeenAt"));
        return mongo.find(query, Document.class, COLLECTION);
    }

    public Alert read(Document document) {
        return mongo.getConverter().read(Alert.class, document);
    }

    public Notice readNotice(Document document) {
        return mongo.getConverter().read(Notice.class, document);
    }

    public void noticeHandled(String alertId, String noticeId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(new ObjectId(alertId))),
                new Update().pull(PENDING_NOTICES, new Document("_id", noticeId)), COLLECTION);
    }

    private List<Document> outboxEntries(AlertChange change) {
        List<Document> entries = new ArrayList<>();
        if (change.event() != null) {
            entries.add(toDocument(OutboxEvent.of(change.event())));
        }
        if (change.audit() != null) {
            entries.add(toDocument(change.audit().toOutbox()));
        }
        return entries;
    }

    private Document toDocument(Object value) {
        Document document = new Document();
        mongo.getConverter().write(value, document);
        return document;
    }
}
