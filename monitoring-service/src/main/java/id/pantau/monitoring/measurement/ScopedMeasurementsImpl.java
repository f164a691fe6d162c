package id.pantau.monitoring.measurement;

import id.pantau.defaults.security.Scope;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;

/** The scoped half of {@link MeasurementRepository}: a document without a region code is read by no caller. */
class ScopedMeasurementsImpl implements ScopedMeasurements {

    private static final String REGION = "regionCode";

    private final MongoTemplate mongo;

    ScopedMeasurementsImpl(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Measurement> findReadable(String id, Scope scope) {
        Criteria readable = new Criteria().andOperator(Criteria.where("_id").is(id), scope.readable(REGION));
        return Optional.ofNullable(mongo.findOne(Query.query(readable), Measurement.class));
    }

    @Override
    public Page<Measurement> findReadable(String indicatorId, Scope scope, Pageable pageable) {
        Criteria readable = indicatorId == null
                ? scope.readable(REGION)
                : new Criteria().andOperator(Criteria.where("indicatorId").is(indicatorId), scope.readable(REGION));
        Query query = Query.query(readable);
        return PageableExecutionUtils.getPage(mongo.find(Query.of(query).with(pageable), Measurement.class), pageable,
                () -> mongo.count(query, Measurement.class));
    }
}
