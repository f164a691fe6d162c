package id.pantau.monitoring.indicator;

import id.pantau.defaults.security.Scope;
import id.pantau.monitoring.IdChunks;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** The scoped half of {@link IndicatorRepository}: a document without a region code is read by no caller. */
class ScopedIndicatorsImpl implements ScopedIndicators {

    private final MongoTemplate mongo;

    ScopedIndicatorsImpl(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Indicator> findReadable(String indicatorId, Scope scope) {
        Criteria readable = new Criteria().andOperator(Criteria.where("_id").is(indicatorId), scope.readable("regionCode"));
        return Optional.ofNullable(mongo.findOne(Query.query(readable), Indicator.class));
    }

    @Override
    public Map<String, Indicator> findAllReadable(Collection<String> indicatorIds, Scope scope) {
        // found by id alone, which every store answers from the id index, then kept to what the caller reads
        return IdChunks.of(List.copyOf(indicatorIds)).stream()
                .flatMap(chunk -> mongo.find(Query.query(Criteria.where("_id").in(chunk)), Indicator.class).stream())
                .filter(indicator -> indicator.regionCode() != null && scope.canRead(indicator.regionCode()))
                .collect(Collectors.toMap(Indicator::indicatorId, Function.identity()));
    }
}
