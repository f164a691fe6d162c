package id.pantau.reporting.measurement;

import id.pantau.defaults.security.Scope;
import id.pantau.reporting.period.ReportPeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Reads the measurements of indicators within a report period and the caller's scope. */
@Component
public class MeasurementHistory {

    private final MongoTemplate mongo;

    MeasurementHistory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The measurements of these indicators whose periods lie within the report's period, by indicator, oldest first. */
    public Map<String, List<MeasurementRecord>> within(Collection<String> indicatorIds, ReportPeriod period) {
        return within(indicatorIds, period.start(), period.end());
    }

    /** The measurements of these indicators whose periods lie between two days, by indicator, oldest first. */
    public Map<String, List<MeasurementRecord>> within(Collection<String> indicatorIds, LocalDate from, LocalDate to) {
        return find(Criteria.where("periodStart").gte(from), Criteria.where("periodEnd").lte(to), indicatorIds);
    }

    /** Every measurement of these indicators, or those of periods ending by {@code to} when given, oldest first. */
    public Map<String, List<MeasurementRecord>> upTo(Collection<String> indicatorIds, LocalDate to) {
        return to == null ? find(null, null, indicatorIds) : find(null, Criteria.where("periodEnd").lte(to), indicatorIds);
    }

    private Map<String, List<MeasurementRecord>> find(Criteria from, Criteria to, Collection<String> indicatorIds) {
        List<Criteria> criteria = new ArrayList<>(List.of(Scope.current().readable("regionCode"),
                Criteria.where("indicatorId").in(indicatorIds)));
        if (from != null) {
            criteria.add(from);
        }
        if (to != null) {
            criteria.add(to);
        }
        Query query = Query.query(new Criteria().andOperator(criteria)).with(Sort.by("periodEnd", "periodStart"));
        return mongo.find(query, MeasurementRecord.class).stream()
                .collect(Collectors.groupingBy(MeasurementRecord::indicatorId));
    }
}
