package id.pantau.monitoring.measurement;

import id.pantau.events.Period;
import id.pantau.monitoring.IdChunks;
import id.pantau.monitoring.compliance.ReportingPeriods;
import id.pantau.monitoring.indicator.Indicator;
import id.pantau.monitoring.indicator.TargetRevision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The stored values of indicators, read lean (only the fields that tell a resend from a conflict and make the
 * history of a quality check), for a whole batch at once. A measurement's id is derived from its indicator and
 * period ({@link Measurement#idOf}), so the values of an indicator whose periods are known (from its start to its
 * latest deadline) are asked for by id, which a store without a query planner of its own (the MongoDB wire server)
 * answers from its id index, in queries of a hundred ids ({@link IdChunks}); asking by indicator would make it scan
 * every measurement. Indicators with an open-ended life, and those with measurements stored before ids were derived
 * (found once, on first use), are asked by indicator.
 */
@Component
class StoredValues {

    /** One stored measurement, as far as ingestion needs it. */
    record Stored(String id, String indicatorId, String period, LocalDate periodEnd, BigDecimal value, String source) {
    }

    private final MongoTemplate mongo;
    private volatile Set<String> underOtherIds;

    StoredValues(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Every stored measurement of these indicators, by indicator, earliest period first. */
    Map<String, List<Stored>> of(Collection<Indicator> indicators) {
        Set<String> legacy = underOtherIds();
        List<String> ids = new ArrayList<>();
        List<String> byIndicator = new ArrayList<>();
        for (Indicator indicator : indicators) {
            List<Period> periods = legacy.contains(indicator.indicatorId()) ? List.of() : periodsOf(indicator);
            if (periods.isEmpty()) {
                byIndicator.add(indicator.indicatorId());
            }
            periods.forEach(period -> ids.add(Measurement.idOf(indicator.indicatorId(), period.code())));
        }
        Map<String, List<Stored>> stored = new HashMap<>();
        for (List<String> chunk : IdChunks.of(ids)) {
            read(Criteria.where("_id").in(chunk), stored);
        }
        if (!byIndicator.isEmpty()) {
            read(Criteria.where("indicatorId").in(byIndicator), stored);
        }
        return byPeriod(stored);
    }

    /**
     * Every stored measurement of these indicators, asked by indicator: for the rare case of a period that another
     * request stored first, which may be one stored under an id of its own.
     */
    Map<String, List<Stored>> ofAny(Collection<String> indicatorIds) {
        Map<String, List<Stored>> stored = new HashMap<>();
        read(Criteria.where("indicatorId").in(indicatorIds), stored);
        return byPeriod(stored);
    }

    private void read(Criteria criteria, Map<String, List<Stored>> into) {
        Query query = Query.query(criteria);
        query.fields().include("indicatorId", "period", "periodEnd", "value", "source");
        for (Document document : mongo.find(query, Document.class, "measurements")) {
            Stored stored = new Stored(String.valueOf(document.get("_id")), document.getString("indicatorId"),
                    document.getString("period"), day(document.get("periodEnd")), decimal(document.get("value")),
                    document.getString("source"));
            into.computeIfAbsent(stored.indicatorId(), id -> new ArrayList<>()).add(stored);
        }
    }

    /** Each indicator's values earliest period first, once every chunk was read. */
    private static Map<String, List<Stored>> byPeriod(Map<String, List<Stored>> stored) {
        stored.values().forEach(values -> values.sort(Comparator.comparing(Stored::periodEnd)));
        return stored;
    }

    /**
     * The periods an indicator can have measurements of: from its start to the latest deadline it ever had (a
     * shortened life keeps the values measured before); none when its life is open-ended.
     */
    private static List<Period> periodsOf(Indicator indicator) {
        if (indicator.startDate() == null || indicator.deadline() == null || indicator.frequency() == null) {
            return List.of();
        }
        LocalDate latest = indicator.deadline();
        for (TargetRevision revision : indicator.revisions()) {
            for (LocalDate deadline : Arrays.asList(revision.oldDeadline(), revision.newDeadline())) {
                if (deadline != null && deadline.isAfter(latest)) {
                    latest = deadline;
                }
            }
        }
        return ReportingPeriods.between(indicator.startDate(), latest, indicator.frequency());
    }

    /** The indicators with measurements whose id is not derived from their key: stored before ids were derived. */
    private Set<String> underOtherIds() {
        Set<String> found = underOtherIds;
        if (found == null) {
            synchronized (this) {
                if (underOtherIds == null) {
                    Query query = new Query();
                    query.fields().include("indicatorId", "period");
                    underOtherIds = mongo.find(query, Document.class, "measurements").stream()
                            .filter(document -> !String.valueOf(document.get("_id")).equals(
                                    Measurement.idOf(document.getString("indicatorId"), document.getString("period"))))
                            .map(document -> document.getString("indicatorId")).collect(Collectors.toUnmodifiableSet());
                }
                found = underOtherIds;
            }
        }
        return found;
    }

    /** The values of periods of one indicator that ended before {@code periodEnd}, earliest first. */
    static List<BigDecimal> before(List<Stored> stored, LocalDate periodEnd) {
        return stored.stream().filter(value -> value.periodEnd().isBefore(periodEnd)).map(Stored::value).toList();
    }

    private static LocalDate day(Object value) {
        if (value instanceof Date date) {
            // Spring Data writes a LocalDate as the start of that day in the JVM's zone
            return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
        }
        return value instanceof LocalDate day ? day : LocalDate.parse(String.valueOf(value));
    }

    private static BigDecimal decimal(Object value) {
        if (value instanceof Decimal128 decimal) {
            return decimal.bigDecimalValue();
        }
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(String.valueOf(value));
    }
}
