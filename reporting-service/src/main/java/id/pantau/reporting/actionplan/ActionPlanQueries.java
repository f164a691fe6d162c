package id.pantau.reporting.actionplan;

import id.pantau.defaults.security.Scope;
import id.pantau.events.RegionCode;
import id.pantau.reporting.report.ReportFilter;
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
        return matching(new ReportFilter(region, opdCode, null, null, null));
    }

    /**
     * The action plans a report's filter selects: those of its region and OPD, only its innovation when it names
     * one, and only the plan holding its indicator, narrowed to that indicator, when it names one.
     */
    public List<ActionPlan> matching(ReportFilter filter) {
        List<Criteria> criteria = new ArrayList<>(List.of(readable(), registered(), within(filter.region())));
        if (filter.opdCode() != null) {
            criteria.add(Criteria.where("opdCode").is(filter.opdCode()));
        }
        if (filter.innovationId() != null) {
            criteria.add(Criteria.where("_id").is(filter.innovationId()));
        }
        List<ActionPlan> plans = mongo.find(Query.query(new Criteria().andOperator(criteria)), ActionPlan.class);
        if (filter.indicatorId() == null) {
            return plans;
        }
        return plans.stream().filter(plan -> plan.indicators().containsKey(filter.indicatorId()))
                .map(plan -> plan.narrowedTo(filter.indicatorId())).toList();
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
