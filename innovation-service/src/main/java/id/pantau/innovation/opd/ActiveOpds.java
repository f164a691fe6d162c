package id.pantau.innovation.opd;

import id.pantau.innovation.region.RegionUsage;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** A region with an active OPD still works: its OPDs are switched off (PATCH active=false) first. */
@Component
class ActiveOpds implements RegionUsage {

    private final MongoTemplate mongo;

    ActiveOpds(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<String> inUse(String regionCode) {
        boolean active = mongo.exists(Query.query(Criteria.where("regionCode").is(regionCode).and("active").is(true)),
                Opd.class);
        return active ? Optional.of("region-has-active-opds") : Optional.empty();
    }
}
