package id.pantau.reporting.directory;

import id.pantau.events.OpdRegistered;
import id.pantau.events.PantauEvent;
import id.pantau.events.RegionRegistered;
import id.pantau.reporting.events.Projection;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Keeps the names of regions and OPDs from the directory events; a later registration of the same code wins. */
@Component
class DirectoryProjection implements Projection {

    private final MongoTemplate mongo;

    DirectoryProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void apply(PantauEvent event) {
        if (event instanceof RegionRegistered region) {
            upsert(DirectoryEntry.regionId(region.regionCode()), region.registeredAt(), new Update()
                    .set("regionCode", region.regionCode())
                    .set("name", region.name())
                    .set("timeZone", region.timeZone()));
        } else if (event instanceof OpdRegistered opd) {
            upsert(DirectoryEntry.opdId(opd.regionCode(), opd.opdCode()), opd.registeredAt(), new Update()
                    .set("regionCode", opd.regionCode())
                    .set("opdCode", opd.opdCode())
                    .set("name", opd.name())
                    .set("shortName", opd.shortName()));
        }
    }

    private void upsert(String id, Instant at, Update update) {
        try {
            mongo.upsert(Query.query(Criteria.where("_id").is(id).and("asOf").not().gte(at)), update.set("asOf", at),
                    DirectoryEntry.class);
        } catch (DuplicateKeyException newerKept) {
            // a later registration of this code is already there
        }
    }
}
