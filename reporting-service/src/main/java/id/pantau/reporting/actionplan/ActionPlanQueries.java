package id.pantau.reporting.actionplan;

import id.pantau.events.RegionCode;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Reads the action plans of registered innovations; one known only from other services' events is not shown yet. */
@Component
class ActionPlanQueries {

    private final MongoTemplate mongo;

    ActionPlanQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The action plans of a region; a province's include those of all its kabupaten/kota. */
    List<ActionPlan> inRegion(RegionCode region, String opdCode) {
        Criteria regionCode = region.isProvince()
                ? new Criteria().orOperator(Criteria.where("regionCode").is(region.value()),
                        Criteria.where("regionCode").regex("^" + region.value() + "\\."))
                : Criteria.where("regionCode").is(region.value());
        Criteria criteria = new Criteria().andOperator(regionCode, registered());
        if (opdCode != null) {
            criteria = criteria.and("opdCode").is(opdCode);
        }
        return mongo.find(Query.query(criteria), ActionPlan.class);
    }

    Optional<ActionPlan> find(String innovationId) {
        return Optional.ofNullable(mongo.findOne(
                Query.query(Criteria.where("_id").is(innovationId)).addCriteria(registered()), ActionPlan.class));
    }

    private static Criteria registered() {
        return Criteria.where("registeredAt").ne(null);
    }
}
