package id.pantau.reporting.actionplan;

import id.pantau.defaults.security.Scope;
import id.pantau.events.RegionCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Reads the action plans of registered innovations (one known only from other services' events is not shown yet)
 * within the current caller's scope: another region's plans are never loaded, so they are absent from a report
 * and a single one answers as unknown.
 */
@Component
public class ActionPlanQueries {

    private static final String REGION = "regionCode";

    private final MongoTemplate mongo;

    ActionPlanQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The action plans of a region; a province's include those of all its kabupaten/kota. A region outside the
     * caller's scope gives none.
     */
    public List<ActionPlan> inRegion(RegionCode region, String opdCode) {
        List<Criteria> criteria = new ArrayList<>(List.of(readable(), registered(), within(region)));
        if (opdCode != null) {
            criteria.add(Criteria.where("opdCode").is(opdCode));
        }
        return mongo.find(Query.query(new Criteria().andOperator(criteria)), ActionPlan.class);
    }

    Optional<ActionPlan> find(String innovationId) {
        return Optional.ofNullable(mongo.findOne(Query.query(new Criteria().andOperator(
                Criteria.where("_id").is(innovationId), readable(), registered())), ActionPlan.class));
    }

    private static Criteria readable() {
        return Scope.current().readable(REGION);
    }

    private static Criteria within(RegionCode region) {
        return region.isProvince()
                ? new Criteria().orOperator(Criteria.where(REGION).is(region.value()),
                        Criteria.where(REGION).regex("^" + region.value() + "\\."))
                : Criteria.where(REGION).is(region.value());
    }

    private static Criteria registered() {
        return Criteria.where("registeredAt").ne(null);
    }
}
