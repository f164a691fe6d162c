package id.pantau.notification.silence;

import id.pantau.defaults.audit.AuditEntry;
import id.pantau.defaults.security.Scope;
import id.pantau.events.RegionCode;
import id.pantau.notification.alert.Alert;
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

/** Silences in MongoDB; each change is written together with its audit entry, in the document's {@code outbox}. */
@Component
public class Silences {

    private static final String COLLECTION = "silences";
    private static final String OUTBOX = "outbox";

    private final MongoTemplate mongo;

    Silences(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void insert(Silence silence, AuditEntry created) {
        Document document = toDocument(silence);
        document.put(OUTBOX, List.of(toDocument(created.toOutbox())));
        mongo.insert(document, COLLECTION);
    }

    /** A silence the scope reads; empty for any other, of another region or nonexistent alike. */
    Optional<Silence> find(String id, Scope scope) {
        if (!ObjectId.isValid(id)) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findOne(Query.query(new Criteria().andOperator(
                scope.readable("regionCode"), Criteria.where("_id").is(new ObjectId(id)))), Silence.class));
    }

    /** Ends a silence that has not ended yet, with the audit entry; false when it ended meanwhile. */
    boolean expire(Silence expired, AuditEntry audit) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(new ObjectId(expired.id()))
                        .and("endsAt").gt(expired.endsAt())),
                new Update().set("endsAt", expired.endsAt()).set("expiredAt", expired.expiredAt())
                        .set("expiredBy", expired.expiredBy()).push(OUTBOX, toDocument(audit.toOutbox())),
                COLLECTION).getMatchedCount() == 1;
    }

    /**
     * The silences the scope reads that meet the filters, newest first.
     *
     * @param active null for all; true for those not ended at {@code now} (in force or still to start); false for
     *               the ended ones
     */
    Page<Silence> search(Criteria region, Boolean active, Instant now, Scope scope, Pageable pageable) {
        List<Criteria> criteria = new ArrayList<>();
        criteria.add(scope.readable("regionCode"));
        if (region != null) {
            criteria.add(region);
        }
        if (active != null) {
            criteria.add(active ? Criteria.where("endsAt").gt(now) : Criteria.where("endsAt").lte(now));
        }
        Query query = Query.query(new Criteria().andOperator(criteria));
        long total = mongo.count(query, Silence.class);
        List<Silence> content = mongo.find(query.with(pageable)
                .with(Sort.by(Sort.Direction.DESC, "createdAt", "_id")), Silence.class);
        return new PageImpl<>(content, pageable, total);
    }

    /** The first silence (oldest first) that holds back the alert's messages at that moment. */
    public Optional<Silence> silencing(Alert alert, Instant at) {
        RegionCode region = new RegionCode(alert.regionCode());
        Query candidates = Query.query(Criteria.where("regionCode").in(region.value(), region.province().value())
                .and("endsAt").gt(at).and("startsAt").lte(at)).with(Sort.by("createdAt", "_id"));
        return mongo.find(candidates, Silence.class).stream().filter(silence -> silence.silences(alert, at))
                .findFirst();
    }

    private Document toDocument(Object value) {
        Document document = new Document();
        mongo.getConverter().write(value, document);
        return document;
    }
}
