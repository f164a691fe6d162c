package id.pantau.monitoring.indicator;

import id.pantau.calendar.IndonesianZone;
import id.pantau.defaults.time.Moments;
import id.pantau.events.IndicatorAdded;
import id.pantau.events.IndicatorDefinition;
import id.pantau.events.IndicatorRetired;
import id.pantau.events.IndicatorTargetRevised;
import id.pantau.events.InnovationRegistered;
import id.pantau.events.InnovationStageChanged;
import java.time.Instant;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Keeps the indicator read model in step with innovation-service's events. Definitions are written whole and
 * keyed by the indicator id, revisions and retirements are keyed updates, and the consumer handles each event id
 * once, so a redelivered event changes nothing. Days of events (when a revision takes effect, when an added
 * indicator starts) are counted in WIB, the zone of most regions, until regions' own zones are known here.
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

    public void added(IndicatorAdded added) {
        if (added.indicator() == null) {
            return;
        }
        Indicator sibling = mongo.findOne(Query.query(Criteria.where("innovationId").is(added.innovationId())
                .and("_id").ne(added.indicator().indicatorId())), Indicator.class);
        LocalDate addedOn = day(added.addedAt() == null ? Moments.now() : added.addedAt());
        mongo.save(Indicator.added(added.innovationId(), added.regionCode(), added.opdCode(), added.indicator(),
                addedOn, sibling, Moments.now()));
    }

    public void retired(IndicatorRetired retired) {
        Instant at = retired.retiredAt() == null ? Moments.now() : retired.retiredAt();
        Update update = new Update().set("retiredAt", at).set("retiredReason", retired.reason())
                .set("updatedAt", Moments.now());
        if (update(retired.indicatorId(), retired.innovationId(), update) == 0) {
            log.warn("Retirement of unknown indicator {} of innovation {} ignored", retired.indicatorId(),
                    retired.innovationId());
        }
    }

    /**
     * Keeps the innovation's stage on each of its indicators: discontinued or archived, they take no new
     * measurements and are no longer judged; a later stage change (back to a running stage) opens them again.
     */
    public void stageChanged(InnovationStageChanged change) {
        if (change.to() == null) {
            return;
        }
        mongo.updateMulti(Query.query(Criteria.where("innovationId").is(change.innovationId())),
                new Update().set("innovationStage", change.to()).set("updatedAt", Moments.now()), Indicator.class);
    }

    /** Sets the new target and deadline and records what they were, for the periods before the revision. */
    public void targetRevised(IndicatorTargetRevised revision) {
        Indicator indicator = mongo.findById(revision.indicatorId(), Indicator.class);
        if (indicator == null || !indicator.innovationId().equals(revision.innovationId())) {
            log.warn("Target revision for unknown indicator {} of innovation {} ignored",
                    revision.indicatorId(), revision.innovationId());
            return;
        }
        Instant at = revision.revisedAt() == null ? Moments.now() : revision.revisedAt();
        // the values in force now are what the revision replaced, whatever the event says they were
        TargetRevision recorded = new TargetRevision(day(at),
                indicator.target(), revision.newTarget(), indicator.deadline(), revision.newDeadline(),
                revision.reason(), at);
        Update update = new Update().set("updatedAt", Moments.now()).push("revisions", recorded);
        if (revision.newTarget() != null) {
            update.set("target", revision.newTarget());
        }
        if (revision.newDeadline() != null) {
            update.set("deadline", revision.newDeadline());
        }
        update(revision.indicatorId(), revision.innovationId(), update);
    }

    private long update(String indicatorId, String innovationId, Update update) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(indicatorId).and("innovationId").is(innovationId)),
                update, Indicator.class).getMatchedCount();
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(IndonesianZone.WIB.zoneId()).toLocalDate();
    }
}
