package id.pantau.reporting.actionplan;

import id.pantau.events.AlertAcknowledged;
import id.pantau.events.AlertEscalated;
import id.pantau.events.ForecastMissProjected;
import id.pantau.events.IndicatorAdded;
import id.pantau.events.IndicatorRetired;
import id.pantau.events.ReportDueSoon;
import id.pantau.events.AlertRaised;
import id.pantau.events.AlertResolved;
import id.pantau.events.IndicatorDefinition;
import id.pantau.events.IndicatorMeasured;
import id.pantau.events.IndicatorTargetRevised;
import id.pantau.events.InnovationRegistered;
import id.pantau.events.InnovationStage;
import id.pantau.events.InnovationStageChanged;
import id.pantau.events.InnovationUpdated;
import id.pantau.events.PantauEvent;
import id.pantau.events.ReportOverdue;
import id.pantau.events.TargetRecovered;
import id.pantau.events.TargetSlipped;
import id.pantau.reporting.actionplan.ActionPlan.AlertState;
import id.pantau.reporting.events.Projection;
import id.pantau.events.Period;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link ActionPlan} from the events with field-level updates keyed by innovation, indicator and alert id,
 * never by replacing the document: events of the three topics arrive in any order relative to each other (a
 * measurement or an alert before the registration of its innovation), so each event writes only its own fields,
 * and only when it is newer than what set them. Every step is an idempotent update: applying an event twice, or
 * all events again in another order, leaves the same document.
 */
@Component
class ActionPlanProjection implements Projection {

    private final MongoTemplate mongo;

    ActionPlanProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void apply(PantauEvent event) {
        if (event instanceof InnovationRegistered registered) {
            registered(registered);
        } else if (event instanceof InnovationUpdated updated) {
            updated(updated);
        } else if (event instanceof InnovationStageChanged changed) {
            stageChanged(changed);
        } else if (event instanceof IndicatorTargetRevised revised) {
            targetRevised(revised);
        } else if (event instanceof IndicatorMeasured measured) {
            measured(measured);
        } else if (event instanceof TargetSlipped slipped) {
            slipped(slipped);
        } else if (event instanceof TargetRecovered recovered) {
            recovered(recovered);
        } else if (event instanceof ReportOverdue overdue) {
            overdue(overdue);
        } else if (event instanceof AlertRaised raised) {
            alertRaised(raised);
        } else if (event instanceof IndicatorAdded added) {
            indicatorAdded(added);
        } else if (event instanceof IndicatorRetired retired) {
            indicatorRetired(retired);
        } else if (event instanceof ReportDueSoon dueSoon) {
            dueSoon(dueSoon);
        } else if (event instanceof ForecastMissProjected forecast) {
            forecastMiss(forecast);
        } else if (event instanceof AlertEscalated escalated) {
            alertEscalated(escalated);
        } else if (event instanceof AlertAcknowledged acknowledged) {
            alertAcknowledged(acknowledged);
        } else if (event instanceof AlertResolved resolved) {
            alertMoved(resolved.innovationId(), resolved.regionCode(), resolved.alertId(), resolved.indicatorId(),
                    AlertState.RESOLVED, resolved.resolvedAt());
        }
    }

    private void registered(InnovationRegistered event) {
        String id = event.innovationId();
        Instant at = event.registeredAt();
        touch(id, event.regionCode(), event.opdCode(), at);
        mongo.updateFirst(byId(id), new Update()
                .set("opdName", event.opdName())
                .set("startDate", event.startDate())
                .set("registeredAt", at), ActionPlan.class);
        describe(id, at, new Update()
                .set("title", event.title())
                .set("problem", event.problem())
                .set("plannedInnovation", event.plannedInnovation())
                .set("form", event.form())
                .set("targetDate", event.targetDate()));
        stage(id, event.stage(), at);
        List<IndicatorDefinition> indicators = event.indicators() == null ? List.of() : event.indicators();
        for (int position = 0; position < indicators.size(); position++) {
            define(id, indicators.get(position), position, at);
        }
    }

    /** An indicator's definition; {@code position} orders those of the registration, added ones follow by time. */
    private void define(String id, IndicatorDefinition definition, int position, Instant at) {
        String path = indicatorPath(definition.indicatorId());
        mongo.updateFirst(byId(id), new Update()
                .set(path + "indicatorId", definition.indicatorId())
                .set(path + "position", position)
                .set(path + "definedAt", at)
                .set(path + "name", definition.name())
                .set(path + "kind", definition.kind())
                .set(path + "unit", definition.unit())
                .set(path + "polarity", definition.polarity())
                .set(path + "frequency", definition.frequency())
                .set(path + "baseline", definition.baseline())
                .set(path + "aggregation", definition.aggregation())
                .set(path + "evidenceRequired", definition.evidenceRequired()), ActionPlan.class);
        target(id, definition.indicatorId(), at, definition.target(), definition.deadline());
    }

    private void indicatorAdded(IndicatorAdded event) {
        touch(event.innovationId(), event.regionCode(), event.opdCode(), event.addedAt());
        define(event.innovationId(), event.indicator(), ActionPlan.ADDED_POSITION, event.addedAt());
    }

    private void indicatorRetired(IndicatorRetired event) {
        touch(event.innovationId(), event.regionCode(), event.opdCode(), event.retiredAt());
        String path = indicator(event.innovationId(), event.indicatorId());
        mongo.updateFirst(byId(event.innovationId()), new Update().min(path + "retiredAt", event.retiredAt()),
                ActionPlan.class);
    }

    private void updated(InnovationUpdated event) {
        touch(event.innovationId(), event.regionCode(), event.opdCode(), event.updatedAt());
        Update update = new Update();
        setIfPresent(update, "title", event.title());
        setIfPresent(update, "problem", event.problem());
        setIfPresent(update, "plannedInnovation", event.plannedInnovation());
        setIfPresent(update, "form", event.form());
        setIfPresent(update, "targetDate", event.targetDate());
        describe(event.innovationId(), event.updatedAt(), update);
    }

    private void describe(String id, Instant at, Update update) {
        mongo.updateFirst(olderThan(id, "descriptionAsOf", at), update.set("descriptionAsOf", at), ActionPlan.class);
    }

    private void stageChanged(InnovationStageChanged event) {
        touch(event.innovationId(), event.regionCode(), event.opdCode(), event.changedAt());
        stage(event.innovationId(), event.to(), event.changedAt());
    }

    private void stage(String id, InnovationStage stage, Instant at) {
        mongo.updateFirst(olderThan(id, "stageAsOf", at), new Update().set("stage", stage).set("stageAsOf", at),
                ActionPlan.class);
    }

    private void targetRevised(IndicatorTargetRevised event) {
        touch(event.innovationId(), event.regionCode(), event.opdCode(), event.revisedAt());
        target(event.innovationId(), event.indicatorId(), event.revisedAt(), event.newTarget(), event.newDeadline());
    }

    private void target(String id, String indicatorId, Instant at, Object target, Object deadline) {
        String path = indicator(id, indicatorId);
        Update update = new Update().set(path + "targetAsOf", at);
        setIfPresent(update, path + "target", target);
        setIfPresent(update, path + "deadline", deadline);
        mongo.updateFirst(olderThan(id, path + "targetAsOf", at), update, ActionPlan.class);
    }

    private void measured(IndicatorMeasured event) {
        String id = event.innovationId();
        touch(id, event.regionCode(), event.opdCode(), event.measuredAt());
        String path = indicator(id, event.indicatorId());
        Period period = Period.of(event.period());
        String order = OrderKey.of(period, event.measuredAt());
        mongo.updateFirst(olderThan(id, path + "measurementOrder", order), new Update()
                .set(path + "latestPeriod", event.period())
                .set(path + "latestValue", event.value())
                .set(path + "latestExpected", event.expected())
                .set(path + "latestProgressRatio", event.progressRatio())
                .set(path + "latestCapaian", event.capaian())
                .set(path + "latestHealth", event.health())
                .set(path + "measuredAt", event.measuredAt())
                .set(path + "measurementOrder", order), ActionPlan.class);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)
                        .and(path + "overduePeriodEnd").lte(OrderKey.periodEnd(period))),
                new Update().unset(path + "overduePeriod").unset(path + "overdueDueDate")
                        .unset(path + "overduePeriodEnd"), ActionPlan.class);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)
                        .and(path + "dueSoonPeriodEnd").lte(OrderKey.periodEnd(period))),
                new Update().unset(path + "dueSoonPeriod").unset(path + "dueSoonDate")
                        .unset(path + "dueSoonPeriodEnd"), ActionPlan.class);
    }

    /** A continuing slip keeps its first {@code since}; a recovery ends it, and the next slip starts anew. */
    private void slipped(TargetSlipped event) {
        String id = event.innovationId();
        touch(id, event.regionCode(), event.opdCode(), event.detectedAt());
        String path = indicator(id, event.indicatorId());
        String order = OrderKey.of(Period.of(event.period()), event.detectedAt());
        mongo.updateFirst(olderThan(id, path + "judgementOrder", order), new Update()
                .set(path + "slipSeverity", event.severity())
                .set(path + "slipRule", event.rule())
                .min(path + "slipSince", event.detectedAt())
                .set(path + "judgementOrder", order), ActionPlan.class);
    }

    private void recovered(TargetRecovered event) {
        String id = event.innovationId();
        touch(id, event.regionCode(), event.opdCode(), event.recoveredAt());
        String path = indicator(id, event.indicatorId());
        String order = OrderKey.of(Period.of(event.period()), event.recoveredAt());
        mongo.updateFirst(olderThan(id, path + "judgementOrder", order), new Update()
                .unset(path + "slipSeverity")
                .unset(path + "slipRule")
                .unset(path + "slipSince")
                .set(path + "judgementOrder", order), ActionPlan.class);
    }

    /** Flags the latest overdue period, unless a measurement of that period or a later one is already there. */
    private void overdue(ReportOverdue event) {
        String id = event.innovationId();
        touch(id, event.regionCode(), event.opdCode(), event.detectedAt());
        String path = indicator(id, event.indicatorId());
        String periodEnd = OrderKey.periodEnd(Period.of(event.period()));
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)
                        .and(path + "overduePeriodEnd").not().gte(periodEnd)
                        .and(path + "measurementOrder").not().gte(periodEnd)),
                new Update().set(path + "overduePeriod", event.period())
                        .set(path + "overdueDueDate", event.dueDate())
                        .set(path + "overduePeriodEnd", periodEnd), ActionPlan.class);
    }

    /** The latest reminder of a period not yet measured; cleared like an overdue report, by its measurement. */
    private void dueSoon(ReportDueSoon event) {
        String id = event.innovationId();
        touch(id, event.regionCode(), event.opdCode(), event.detectedAt());
        String path = indicator(id, event.indicatorId());
        String periodEnd = OrderKey.periodEnd(Period.of(event.period()));
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)
                        .and(path + "dueSoonPeriodEnd").not().gte(periodEnd)
                        .and(path + "measurementOrder").not().gte(periodEnd)),
                new Update().set(path + "dueSoonPeriod", event.period())
                        .set(path + "dueSoonDate", event.dueDate())
                        .set(path + "dueSoonPeriodEnd", periodEnd), ActionPlan.class);
    }

    /**
     * The latest projected miss. It stands while no measurement arrived after it: monitoring projects on every
     * measurement and announces only misses, so a later measurement without a new miss means the trend recovered.
     */
    private void forecastMiss(ForecastMissProjected event) {
        String id = event.innovationId();
        touch(id, event.regionCode(), event.opdCode(), event.detectedAt());
        String path = indicator(id, event.indicatorId());
        mongo.updateFirst(olderThan(id, path + "forecastDetectedAt", event.detectedAt()), new Update()
                .set(path + "forecastAtDeadline", event.projectedAtDeadline())
                .set(path + "forecastReachDate", event.projectedReachDate())
                .set(path + "forecastDetectedAt", event.detectedAt()), ActionPlan.class);
    }

    private void alertEscalated(AlertEscalated event) {
        String id = event.innovationId();
        touch(id, event.regionCode(), event.opdCode(), event.escalatedAt());
        String path = alert(id, event.alertId(), event.indicatorId());
        mongo.updateFirst(byId(id), new Update().max(path + "escalationLevel", event.level())
                .max(path + "escalatedAt", event.escalatedAt()), ActionPlan.class);
    }

    /** The first acknowledgement is the follow-up the inspectorate recorded; a redelivery keeps it. */
    private void alertAcknowledged(AlertAcknowledged event) {
        String id = event.innovationId();
        touch(id, event.regionCode(), null, event.acknowledgedAt());
        String path = alert(id, event.alertId(), event.indicatorId());
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)
                        .and(path + "acknowledgedAt").not().lte(event.acknowledgedAt())), new Update()
                .set(path + "acknowledgedAt", event.acknowledgedAt())
                .set(path + "acknowledgedBy", event.acknowledgedBy()), ActionPlan.class);
        moveAlert(id, path, AlertState.ACKNOWLEDGED);
    }

    private void alertRaised(AlertRaised event) {
        String id = event.innovationId();
        touch(id, event.regionCode(), event.opdCode(), event.raisedAt());
        String path = alert(id, event.alertId(), event.indicatorId());
        mongo.updateFirst(byId(id), new Update()
                .set(path + "rule", event.rule())
                .set(path + "severity", event.severity())
                .set(path + "period", event.period())
                .set(path + "raisedAt", event.raisedAt()), ActionPlan.class);
        moveAlert(id, path, AlertState.OPEN);
    }

    private void alertMoved(String id, String regionCode, String alertId, String indicatorId, AlertState state,
                            Instant at) {
        touch(id, regionCode, null, at);
        moveAlert(id, alert(id, alertId, indicatorId), state);
    }

    /** Alert states only move forward: a late raise or acknowledgement never reopens a resolved alert. */
    private void moveAlert(String id, String path, AlertState state) {
        List<AlertState> reached = Arrays.asList(AlertState.values()).subList(state.ordinal(), AlertState.values().length);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and(path + "state").nin(reached)),
                new Update().set(path + "state", state), ActionPlan.class);
    }

    /**
     * Creates the document if this is the first event of the innovation to arrive, and keeps the last event time.
     * Keeps the region and OPD named by the event (every event names the region, all but an alert's
     * acknowledgement and resolution the OPD), so that reads are scoped from the first event on, whatever its topic.
     */
    private void touch(String id, String regionCode, String opdCode, Instant at) {
        Update update = new Update().set("regionCode", regionCode);
        setIfPresent(update, "opdCode", opdCode);
        if (at != null) {
            update.max("lastEventAt", at);
        }
        try {
            mongo.upsert(byId(id), update, ActionPlan.class);
        } catch (DuplicateKeyException concurrentlyCreated) {
            // another topic's consumer inserted it between our match and our insert: it exists now
            mongo.updateFirst(byId(id), update, ActionPlan.class);
        }
    }

    /**
     * Makes sure the indicator's entry exists (conditions on the fields of a missing entry would not match on the
     * wire server) and returns the path prefix of its fields.
     */
    private String indicator(String id, String indicatorId) {
        String path = indicatorPath(indicatorId);
        mongo.updateFirst(byId(id), new Update().set(path + "indicatorId", indicatorId), ActionPlan.class);
        return path;
    }

    private String alert(String id, String alertId, String indicatorId) {
        String path = "alerts." + key(alertId) + ".";
        Update update = new Update().set(path + "alertId", alertId);
        setIfPresent(update, path + "indicatorId", indicatorId);
        mongo.updateFirst(byId(id), update, ActionPlan.class);
        return path;
    }

    private static String indicatorPath(String indicatorId) {
        return "indicators." + key(indicatorId) + ".";
    }

    /** Ids become field names: refuse what MongoDB would read as a path or an operator. */
    private static String key(String id) {
        if (id == null || id.isEmpty() || id.contains(".") || id.startsWith("$")) {
            throw new IllegalArgumentException("not usable as a key: " + id);
        }
        return id;
    }

    /** The document, if {@code field} is missing or older than {@code value}. */
    private static Query olderThan(String id, String field, Object value) {
        return Query.query(Criteria.where("_id").is(id).and(field).not().gte(value));
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }

    private static void setIfPresent(Update update, String field, Object value) {
        if (value != null) {
            update.set(field, value);
        }
    }
}
