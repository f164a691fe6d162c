package id.pantau.reporting.actionplan;

import id.pantau.events.AlertAcknowledged;
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
import id.pantau.reporting.actionplan.ActionPlan.AlertEntry;
import id.pantau.reporting.actionplan.ActionPlan.AlertState;
import id.pantau.reporting.events.Projection;
import id.pantau.reporting.progress.ReportingPeriod;
import java.time.Instant;
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

    private static final String INDICATOR = "indicators.$.";
    private static final String ALERT = "alerts.$.";

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
        } else if (event instanceof AlertAcknowledged acknowledged) {
            alertMoved(acknowledged.innovationId(), acknowledged.regionCode(), acknowledged.alertId(),
                    acknowledged.indicatorId(), AlertState.ACKNOWLEDGED, acknowledged.acknowledgedAt());
        } else if (event instanceof AlertResolved resolved) {
            alertMoved(resolved.innovationId(), resolved.regionCode(), resolved.alertId(), resolved.indicatorId(),
                    AlertState.RESOLVED, resolved.resolvedAt());
        }
    }

    private void registered(InnovationRegistered event) {
        String id = event.innovationId();
        Instant at = event.registeredAt();
        touch(id, event.regionCode(), at);
        mongo.updateFirst(byId(id), new Update()
                .set("opdCode", event.opdCode())
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
            IndicatorDefinition definition = indicators.get(position);
            ensureIndicator(id, definition.indicatorId());
            mongo.updateFirst(indicator(id, definition.indicatorId()), new Update()
                    .set(INDICATOR + "position", position)
                    .set(INDICATOR + "name", definition.name())
                    .set(INDICATOR + "kind", definition.kind())
                    .set(INDICATOR + "unit", definition.unit())
                    .set(INDICATOR + "polarity", definition.polarity())
                    .set(INDICATOR + "frequency", definition.frequency())
                    .set(INDICATOR + "baseline", definition.baseline()), ActionPlan.class);
            target(id, definition.indicatorId(), at, definition.target(), definition.deadline());
        }
    }

    private void updated(InnovationUpdated event) {
        touch(event.innovationId(), event.regionCode(), event.updatedAt());
        Update update = new Update();
        setIfPresent(update, "title", event.title());
        setIfPresent(update, "problem", event.problem());
        setIfPresent(update, "plannedInnovation", event.plannedInnovation());
        setIfPresent(update, "form", event.form());
        setIfPresent(update, "targetDate", event.targetDate());
        describe(event.innovationId(), event.updatedAt(), update);
    }

    private void describe(String id, Instant at, Update update) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("descriptionAsOf").not().gte(at)),
                update.set("descriptionAsOf", at), ActionPlan.class);
    }

    private void stageChanged(InnovationStageChanged event) {
        touch(event.innovationId(), event.regionCode(), event.changedAt());
        stage(event.innovationId(), event.to(), event.changedAt());
    }

    private void stage(String id, InnovationStage stage, Instant at) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("stageAsOf").not().gte(at)),
                new Update().set("stage", stage).set("stageAsOf", at), ActionPlan.class);
    }

    private void targetRevised(IndicatorTargetRevised event) {
        touch(event.innovationId(), event.regionCode(), event.revisedAt());
        ensureIndicator(event.innovationId(), event.indicatorId());
        target(event.innovationId(), event.indicatorId(), event.revisedAt(), event.newTarget(), event.newDeadline());
    }

    private void target(String id, String indicatorId, Instant at, Object target, Object deadline) {
        Update update = new Update().set(INDICATOR + "targetAsOf", at);
        setIfPresent(update, INDICATOR + "target", target);
        setIfPresent(update, INDICATOR + "deadline", deadline);
        mongo.updateFirst(indicator(id, indicatorId, Criteria.where("targetAsOf").not().gte(at)), update,
                ActionPlan.class);
    }

    private void measured(IndicatorMeasured event) {
        String id = event.innovationId();
        touch(id, event.regionCode(), event.measuredAt());
        ensureIndicator(id, event.indicatorId());
        ReportingPeriod period = ReportingPeriod.parse(event.period());
        String order = OrderKey.of(period, event.measuredAt());
        mongo.updateFirst(indicator(id, event.indicatorId(), Criteria.where("measurementOrder").not().gte(order)),
                new Update()
                        .set(INDICATOR + "latestPeriod", event.period())
                        .set(INDICATOR + "latestValue", event.value())
                        .set(INDICATOR + "measuredAt", event.measuredAt())
                        .set(INDICATOR + "measurementOrder", order), ActionPlan.class);
        mongo.updateFirst(indicator(id, event.indicatorId(), Criteria.where("overdue.periodEnd").lte(OrderKey.periodEnd(period))),
                new Update().unset(INDICATOR + "overdue"), ActionPlan.class);
    }

    /** A continuing slip keeps its first {@code since}; a recovery ends it, and the next slip starts anew. */
    private void slipped(TargetSlipped event) {
        String id = event.innovationId();
        touch(id, event.regionCode(), event.detectedAt());
        ensureIndicator(id, event.indicatorId());
        String order = OrderKey.of(ReportingPeriod.parse(event.period()), event.detectedAt());
        mongo.updateFirst(indicator(id, event.indicatorId(), Criteria.where("judgementOrder").not().gte(order)),
                new Update()
                        .set(INDICATOR + "slip.severity", event.severity())
                        .set(INDICATOR + "slip.rule", event.rule())
                        .min(INDICATOR + "slip.since", event.detectedAt())
                        .set(INDICATOR + "judgedExpected", event.expected())
                        .set(INDICATOR + "judgedProgressRatio", event.progressRatio())
                        .set(INDICATOR + "judgementOrder", order), ActionPlan.class);
    }

    private void recovered(TargetRecovered event) {
        String id = event.innovationId();
        touch(id, event.regionCode(), event.recoveredAt());
        ensureIndicator(id, event.indicatorId());
        String order = OrderKey.of(ReportingPeriod.parse(event.period()), event.recoveredAt());
        mongo.updateFirst(indicator(id, event.indicatorId(), Criteria.where("judgementOrder").not().gte(order)),
                new Update()
                        .unset(INDICATOR + "slip")
                        .set(INDICATOR + "judgedExpected", event.expected())
                        .set(INDICATOR + "judgedProgressRatio", event.progressRatio())
                        .set(INDICATOR + "judgementOrder", order), ActionPlan.class);
    }

    /** Flags the latest overdue period, unless a measurement of that period or a later one is already there. */
    private void overdue(ReportOverdue event) {
        String id = event.innovationId();
        touch(id, event.regionCode(), event.detectedAt());
        ensureIndicator(id, event.indicatorId());
        String periodEnd = OrderKey.periodEnd(ReportingPeriod.parse(event.period()));
        mongo.updateFirst(indicator(id, event.indicatorId(), Criteria.where("overdue.periodEnd").not().gte(periodEnd)
                        .and("measurementOrder").not().gte(periodEnd)),
                new Update().set(INDICATOR + "overdue", new ActionPlan.Overdue(event.period(), event.dueDate(), periodEnd)),
                ActionPlan.class);
    }

    private void alertRaised(AlertRaised event) {
        String id = event.innovationId();
        touch(id, event.regionCode(), event.raisedAt());
        ensureAlert(id, event.alertId(), event.indicatorId(), AlertState.OPEN);
        mongo.updateFirst(alert(id, event.alertId(), null), new Update()
                .set(ALERT + "indicatorId", event.indicatorId())
                .set(ALERT + "rule", event.rule())
                .set(ALERT + "severity", event.severity())
                .set(ALERT + "period", event.period())
                .set(ALERT + "raisedAt", event.raisedAt()), ActionPlan.class);
    }

    /** Moves an alert forward only: an acknowledgement never reopens a resolved alert. */
    private void alertMoved(String id, String regionCode, String alertId, String indicatorId, AlertState state,
                            Instant at) {
        touch(id, regionCode, at);
        ensureAlert(id, alertId, indicatorId, state);
        List<AlertState> earlier = List.of(AlertState.values()).subList(0, state.ordinal());
        mongo.updateFirst(alert(id, alertId, Criteria.where("state").in(earlier)),
                new Update().set(ALERT + "state", state), ActionPlan.class);
    }

    /** Creates the document if this is the first event of the innovation to arrive, and keeps the last event time. */
    private void touch(String id, String regionCode, Instant at) {
        Update update = new Update().set("regionCode", regionCode);
        if (at != null) {
            update.max("lastEventAt", at);
        }
        try {
            mongo.upsert(byId(id), update, ActionPlan.class);
        } catch (DuplicateKeyException concurrentlyCreated) {
            // another topic's consumer created it between our find and insert: now it exists, update it
            mongo.updateFirst(byId(id), update, ActionPlan.class);
        }
    }

    private void ensureIndicator(String id, String indicatorId) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("indicators.indicatorId").ne(indicatorId)),
                new Update().push("indicators", new ActionPlan.IndicatorEntry(indicatorId, null, null, null, null, null,
                        null, null, null, null, null, null, null, null, null, null, null, null, null, null)),
                ActionPlan.class);
    }

    private void ensureAlert(String id, String alertId, String indicatorId, AlertState state) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id).and("alerts.alertId").ne(alertId)),
                new Update().push("alerts", new AlertEntry(alertId, indicatorId, null, null, null, state, null)),
                ActionPlan.class);
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }

    private static Query indicator(String id, String indicatorId) {
        return indicator(id, indicatorId, null);
    }

    private static Query indicator(String id, String indicatorId, Criteria condition) {
        Criteria element = Criteria.where("indicatorId").is(indicatorId);
        return Query.query(Criteria.where("_id").is(id).and("indicators")
                .elemMatch(condition == null ? element : new Criteria().andOperator(element, condition)));
    }

    private static Query alert(String id, String alertId, Criteria condition) {
        Criteria element = Criteria.where("alertId").is(alertId);
        return Query.query(Criteria.where("_id").is(id).and("alerts")
                .elemMatch(condition == null ? element : new Criteria().andOperator(element, condition)));
    }

    private static void setIfPresent(Update update, String field, Object value) {
        if (value != null) {
            update.set(field, value);
        }
    }
}
