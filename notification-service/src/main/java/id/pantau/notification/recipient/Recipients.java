package id.pantau.notification.recipient;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The recipients directory in MongoDB. */
@Component
public class Recipients {

    private final MongoTemplate mongo;

    Recipients(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @throws org.springframework.dao.DuplicateKeyException when an active recipient has the same key */
    void insert(Recipient recipient) {
        mongo.insert(recipient);
    }

    Optional<Recipient> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Recipient.class));
    }

    /** Deactivates an active recipient; false when there is no such recipient at all. */
    boolean deactivate(String id, Instant now) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("active").is(true)),
                new Update().set("active", false).set("deactivatedAt", now).unset("activeKey"), Recipient.class);
        return mongo.exists(Query.query(Criteria.where("_id").is(id)), Recipient.class);
    }

    /** Active recipients, in the order they were added, optionally of one region or province. */
    Page<Recipient> active(Criteria region, Pageable pageable) {
        Criteria criteria = Criteria.where("active").is(true);
        if (region != null) {
            criteria = new Criteria().andOperator(criteria, region);
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, Recipient.class);
        List<Recipient> content = mongo.find(query.with(pageable).with(Sort.by("createdAt", "_id")), Recipient.class);
        return new PageImpl<>(content, pageable, total);
    }

    /** Who in this region currently holds the role. */
    public List<Recipient> activeInRegion(String regionCode, RecipientRole role) {
        return mongo.find(Query.query(Criteria.where("regionCode").is(regionCode).and("role").is(role)
                .and("active").is(true)).with(Sort.by("createdAt", "_id")), Recipient.class);
    }
}
