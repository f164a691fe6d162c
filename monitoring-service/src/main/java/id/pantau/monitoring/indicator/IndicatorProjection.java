package id.pantau.monitoring.indicator;

import id.pantau.defaults.time.Moments;
import id.pantau.events.IndicatorDefinition;
import id.pantau.events.IndicatorTargetRevised;
import id.pantau.events.InnovationRegistered;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Keeps the indicator read model in step with innovation-service's events. Every write is keyed by the
 * indicator id (a save replaces or inserts the whole definition), so a redelivered event changes nothing.
 */
@Component
public class IndicatorProjection {

    private static final Logger log = LoggerFactory.getLogger(IndicatorProjection.class);

    private final MongoTemplate mongo;

    public IndicatorProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void registered(InnovationRegistered innovation) {
        if (innovation.indicators() == null) {
            return;
        }
        Instant now = Moments.now();
        for (IndicatorDefinition definition : innovation.indicators()) {
            mongo.save(Indicator.of(innovation, definition, now));
        }
    }

    public void targetRevised(IndicatorTargetRevised revision) {
        Update update = new Update().set("updatedAt", Moments.now());
        if (revision.newTarget() != null) {
            update.set("target", revision.newTarget());
        }
        if (revision.newDeadline() != null) {
            update.set("deadline", revision.newDeadline());
        }
        long matched = mongo.updateFirst(Query.query(Criteria.where("_id").is(revision.indicatorId())
                .and("innovationId").is(revision.innovationId())), update, Indicator.class).getMatchedCount();
        if (matched == 0) {
            log.warn("Target revision for unknown indicator {} of innovation {} ignored",
                    revision.indicatorId(), revision.innovationId());
        }
    }
}
