package id.pantau.monitoring.measurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The stored values of indicators, read lean (only the fields that tell a resend from a conflict and make the
 * history of a quality check), in one query for a whole batch.
 */
@Component
class StoredValues {

    /** One stored measurement, as far as ingestion needs it. */
    record Stored(String id, String indicatorId, String period, LocalDate periodEnd, BigDecimal value, String source) {
    }

    private final MongoTemplate mongo;

    StoredValues(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Every stored measurement of these indicators, by indicator, earliest period first. */
    Map<String, List<Stored>> of(Collection<String> indicatorIds) {
        Query query = Query.query(Criteria.where("indicatorId").in(indicatorIds));
        query.fields().include("indicatorId", "period", "periodEnd", "value", "source");
        Map<String, List<Stored>> byIndicator = new HashMap<>();
        for (Document document : mongo.find(query, Document.class, "measurements")) {
            Stored stored = new Stored(String.valueOf(document.get("_id")), document.getString("indicatorId"),
                    document.getString("period"), day(document.get("periodEnd")), decimal(document.get("value")),
                    document.getString("source"));
            byIndicator.computeIfAbsent(stored.indicatorId(), id -> new ArrayList<>()).add(stored);
        }
        byIndicator.values().forEach(values -> values.sort(Comparator.comparing(Stored::periodEnd)));
        return byIndicator;
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
