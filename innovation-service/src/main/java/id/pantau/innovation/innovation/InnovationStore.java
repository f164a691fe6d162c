package id.pantau.innovation.innovation;

import id.pantau.innovation.etag.Etags;
import id.pantau.defaults.outbox.OutboxEvent;
import id.pantau.defaults.problem.ApiProblem;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Writes a changed innovation over the version it was read at, with the events and audit entry of the change
 * in the same update. The outbox is appended to, never replaced, because the relay removes published entries
 * from it concurrently; the condition on the version makes the second of two concurrent changes fail (412).
 */
@Component
class InnovationStore {

    private final MongoTemplate mongo;

    InnovationStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** @throws ApiProblem 412 {@code stale-version} when another change was written since {@code read} */
    void write(Innovation read, Innovation changed, List<OutboxEvent> pending) {
        Document fields = new Document();
        mongo.getConverter().write(changed.withOutbox(List.of()), fields);
        fields.remove("_id");
        fields.remove("outbox");
        Update update = new Update();
        fields.forEach(update::set);
        update.push("outbox").each(pending.toArray());
        Criteria sameVersion = read.version() == 0
                // innovations registered before versions were kept have none: that is version 0
                ? new Criteria().orOperator(Criteria.where("version").is(0L), Criteria.where("version").exists(false))
                : Criteria.where("version").is(read.version());
        Query query = Query.query(new Criteria().andOperator(Criteria.where("_id").is(read.id()), sameVersion));
        if (mongo.updateFirst(query, update, Innovation.class).getMatchedCount() == 0) {
            throw ApiProblem.preconditionFailed("stale-version", Etags.of(read.version()));
        }
    }
}
