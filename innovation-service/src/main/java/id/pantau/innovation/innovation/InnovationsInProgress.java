package id.pantau.innovation.innovation;

import id.pantau.events.InnovationStage;
import id.pantau.innovation.region.RegionUsage;
import java.util.EnumSet;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** A region with an innovation not yet discontinued or archived still works. */
@Component
class InnovationsInProgress implements RegionUsage {

    private static final EnumSet<InnovationStage> IN_PROGRESS = EnumSet.of(InnovationStage.INISIATIF,
            InnovationStage.UJI_COBA, InnovationStage.PENERAPAN);

    private final MongoTemplate mongo;

    InnovationsInProgress(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<String> inUse(String regionCode) {
        boolean inProgress = mongo.exists(Query.query(Criteria.where("regionCode").is(regionCode)
                .and("stage").in(IN_PROGRESS)), Innovation.class);
        return inProgress ? Optional.of("region-has-innovations-in-progress") : Optional.empty();
    }
}
