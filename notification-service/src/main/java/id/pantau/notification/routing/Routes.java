package id.pantau.notification.routing;

import id.pantau.defaults.audit.AuditEntry;
import id.pantau.defaults.security.Scope;
import id.pantau.events.RegionCode;
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

/** Routing rules in MongoDB; each change is written together with its audit entry, in the document's {@code outbox}. */
@Component
public class Routes {

    private static final String COLLECTION = "routes";
    private static final String OUTBOX = "outbox";
    private static final String ACTIVE = "active";

    private final MongoTemplate mongo;

    Routes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    void insert(Route route, AuditEntry created) {
        Document document = toDocument(route);
        document.put(OUTBOX, List.of(toDocument(created.toOutbox())));
        mongo.insert(document, COLLECTION);
    }

    Optional<Route> findActive(String id, Scope scope) {
        if (!ObjectId.isValid(id)) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findOne(Query.query(new Criteria().andOperator(scope.readable("regionCode"),
                Criteria.where("_id").is(new ObjectId(id)).and(ACTIVE).is(true))), Route.class));
    }

    boolean remove(String id, Instant now, AuditEntry removed) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(new ObjectId(id)).and(ACTIVE).is(true)),
                new Update().set(ACTIVE, false).set("removedAt", now).push(OUTBOX, toDocument(removed.toOutbox())),
                COLLECTION).getMatchedCount() == 1;
    }

    /** Active rules the scope reads, by region, position and age, optionally of one region or province. */
    Page<Route> active(Criteria region, Scope scope, Pageable pageable) {
        List<Criteria> criteria = new ArrayList<>(List.of(scope.readable("regionCode"), Criteria.where(ACTIVE).is(true)));
        if (region != null) {
            criteria.add(region);
        }
        Query query = Query.query(new Criteria().andOperator(criteria));
        long total = mongo.count(query, Route.class);
        List<Route> content = mongo.find(query.with(pageable)
                .with(Sort.by("regionCode", "position", "createdAt", "_id")), Route.class);
        return new PageImpl<>(content, pageable, total);
    }

    /** The routing tree of a region: its own active rules and its province's. */
    public RoutingTree treeOf(String regionCode) {
        RegionCode region = new RegionCode(regionCode);
        return new RoutingTree(region.value(), mongo.find(Query.query(Criteria.where("regionCode")
                .in(region.value(), region.province().value()).and(ACTIVE).is(true)), Route.class));
    }

    private Document toDocument(Object value) {
        Document document = new Document();
        mongo.getConverter().write(value, document);
        return document;
    }
}
