package id.pantau.reporting.measurement;

import id.pantau.events.IndicatorMeasured;
import id.pantau.events.PantauEvent;
import id.pantau.events.Period;
import id.pantau.reporting.events.Projection;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Keeps every accepted measurement by (indicator, period): an upsert that only a later measurement of the same
 * period (a correction) changes, so redeliveries and replays in any order leave the same record.
 */
@Component
class MeasurementProjection implements Projection {

    private final MongoTemplate mongo;

    MeasurementProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void apply(PantauEvent event) {
        if (event instanceof IndicatorMeasured measured) {
            measured(measured);
        }
    }

    private void measured(IndicatorMeasured event) {
        Period period = Period.of(event.period());
        String id = MeasurementRecord.idOf(event.indicatorId(), period.code());
        Query olderOrMissing = Query.query(Criteria.where("_id").is(id).and("measuredAt").not().gte(event.measuredAt()));
        Update update = new Update()
                .set("measurementId", event.measurementId())
                .set("innovationId", event.innovationId())
                .set("indicatorId", event.indicatorId())
                .set("regionCode", event.regionCode())
                .set("opdCode", event.opdCode())
                .set("period", period.code())
                .set("periodStart", period.start())
                .set("periodEnd", period.end())
                .set("value", event.value())
                .set("expected", event.expected())
                .set("progressRatio", event.progressRatio())
                .set("capaian", event.capaian())
                .set("health", event.health())
                .set("note", event.note())
                .set("measuredAt", event.measuredAt())
                .set("evidenceUrl", event.evidenceUrl());
        try {
            mongo.upsert(olderOrMissing, update, MeasurementRecord.class);
        } catch (DuplicateKeyException newerKept) {
            // the record exists with this measurement or a later correction of the period: nothing to change
        }
    }
}
