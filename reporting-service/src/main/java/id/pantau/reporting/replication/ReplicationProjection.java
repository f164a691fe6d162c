package id.pantau.reporting.replication;

import id.pantau.events.InnovationReplicated;
import id.pantau.events.PantauEvent;
import id.pantau.reporting.events.Projection;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Keeps every replication by its replica's id: the event states facts that never change, so an upsert suffices. */
@Component
class ReplicationProjection implements Projection {

    private final MongoTemplate mongo;

    ReplicationProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void apply(PantauEvent event) {
        if (event instanceof InnovationReplicated replicated) {
            mongo.upsert(Query.query(Criteria.where("_id").is(replicated.replicaId())), new Update()
                    .set("sourceId", replicated.innovationId())
                    .set("regionCode", replicated.regionCode())
                    .set("opdCode", replicated.opdCode())
                    .set("adopterRegionCode", replicated.adopterRegionCode())
                    .set("adopterOpdCode", replicated.adopterOpdCode())
                    .set("replicatedAt", replicated.replicatedAt()), Replication.class);
        }
    }
}
