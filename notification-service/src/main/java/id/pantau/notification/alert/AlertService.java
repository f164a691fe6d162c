package id.pantau.notification.alert;

import id.pantau.defaults.audit.AuditEntry;
import id.pantau.defaults.outbox.OutboxRelay;
import id.pantau.defaults.security.Scope;
import id.pantau.events.AlertRule;
import id.pantau.notification.escalation.EscalationPolicies;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Applies what monitoring reports and what people do to the alerts, and stores each change with its event
 * and notice and, for what people do, its audit entry. People act within their scope and are known by their
 * opaque subject id only. Two writers of one alert (a redelivery racing the original, a slip racing an
 * acknowledgement) do not overwrite each other: the loser reads the alert again and re-applies, a few times
 * at most.
 */
@Service
public class AlertService {

    private static final Logger log = LoggerFactory.getLogger(AlertService.class);
    private static final int ATTEMPTS = 10;
    private static final String AUDIT_ENTITY = "alert";
    private static final int ESCALATION_BATCH = 100;

    private final AlertStore store;
    private final OutboxRelay relay;
    private final ApplicationEventPublisher application;
    private final MeterRegistry meters;
    private final EscalationPolicies escalations;
    private final Clock clock;

    AlertService(AlertStore store, OutboxRelay relay, ApplicationEventPublisher application, MeterRegistry meters,
                 EscalationPolicies escalations, Clock clock) {
        this.store = store;
        this.escalations = escalations;
        this.relay = relay;
        this.application = application;
        this.meters = meters;
        this.clock = clock;
    }

    /** Opens the alert of the signal's (indicator, rule, period), or updates the one that is open. */
    public Alert signal(AlertSignal signal) {
        return withRetries(() -> {
            Optional<Alert> open = store.findOpen(signal.indicatorId(), signal.rule(), signal.period());
            if (open.isPresent()) {
                AlertChange change = open.get().repeat(signal);
                return change.changed() && !store.update(change) ? null : written(change);
            }
            AlertChange change = Alert.open(ObjectId.get().toHexString(), signal);
            change.alert().scheduleEscalation(escalations.of(signal.regionCode())
                    .nextEscalation(change.alert().level(), signal.at()).orElse(null));
            try {
                store.insert(change);
            } catch (DuplicateKeyException openedMeanwhile) {
                return null;
            }
            meters.counter("pantau.notification.alerts.raised", "rule", signal.rule().name()).increment();
            log.info("Alert {} opened for indicator {} ({}, {})", change.alert().id(), signal.indicatorId(),
                    signal.rule(), signal.severity());
            return written(change);
        });
    }

    /**
     * Resolves every open alert of the recovered (indicator, rule), whichever period opened it: the indicator
     * is back on track. Without one there is nothing to do.
     *
     * @return the alerts it resolved
     */
    public List<Alert> recover(Recovery recovery) {
        List<Alert> resolved = new ArrayList<>();
        for (Alert open : store.findOpen(recovery.indicatorId(), recovery.rule())) {
            resolveOpen(open.id(), recovery.indicatorId(), recovery.rule(), open.period(), alert -> alert.recover(recovery))
                    .ifPresent(resolved::add);
        }
        return resolved;
    }

    /** The overdue report of an indicator and period arrived: its overdue-report alert, if open, resolves. */
    public Optional<Alert> reportReceived(String eventId, String indicatorId, String period, Instant at) {
        return store.findOpen(indicatorId, AlertRule.REPORT_OVERDUE, period).flatMap(open ->
                resolveOpen(open.id(), indicatorId, AlertRule.REPORT_OVERDUE, period,
                        alert -> alert.reportReceived(eventId, at)));
    }

    /** Applies a resolving change to the alert while it is open, reading it again when another writer came first. */
    private Optional<Alert> resolveOpen(String id, String indicatorId, AlertRule rule, String period,
                                        Function<Alert, AlertChange> resolution) {
        return withRetries(() -> {
            Optional<Alert> open = store.findOpen(indicatorId, rule, period).filter(alert -> alert.id().equals(id));
            if (open.isEmpty()) {
                return Optional.<Alert>empty();
            }
            AlertChange change = resolution.apply(open.get());
            return store.update(change) ? Optional.of(resolved(change)) : null;
        });
    }

    /**
     * Escalates the open alerts whose time came, each from when it was due (so a service that was down catches
     * up level by level), and schedules their next level.
     *
     * @return how many alerts went up a level
     */
    int escalateDue() {
        Instant now = clock.instant();
        int escalated = 0;
        for (Alert due : store.dueForEscalation(now, ESCALATION_BATCH)) {
            if (escalate(due.id(), now)) {
                escalated++;
            }
        }
        return escalated;
    }

    /** False when the alert was acknowledged, resolved or escalated by another replica meanwhile. */
    private boolean escalate(String id, Instant now) {
        return withRetries(() -> {
            Alert alert = store.findById(id).orElse(null);
            if (alert == null || alert.state() != AlertState.OPEN || alert.nextEscalationAt() == null
                    || alert.nextEscalationAt().isAfter(now)) {
                return false;
            }
            Instant due = alert.nextEscalationAt();
            Instant next = escalations.of(alert.regionCode()).nextEscalation(alert.level() + 1, due).orElse(null);
            AlertChange change = alert.escalate(due, next);
            if (!store.update(change)) {
                return null;
            }
            meters.counter("pantau.notification.alerts.escalated", "level", String.valueOf(alert.level())).increment();
            log.info("Alert {} unacknowledged: escalated to level {}", id, alert.level());
            written(change);
            return true;
        });
    }

    /**
     * The caller takes the alert up.
     *
     * @return empty when the alert is not in the caller's scope (or does not exist)
     * @throws id.pantau.defaults.problem.ApiProblem (403) when the caller reads the alert but may not act on it
     * @throws AlertTransitionRefused when the alert is not OPEN
     */
    public Optional<Alert> acknowledge(String id, String comment, Scope scope) {
        return command(id, scope, "acknowledged", (alert, by) -> alert.acknowledge(by, comment, clock.instant()));
    }

    /**
     * The caller resolves the alert by hand.
     *
     * @return empty when the alert is not in the caller's scope (or does not exist)
     * @throws id.pantau.defaults.problem.ApiProblem (403) when the caller reads the alert but may not act on it
     * @throws AlertTransitionRefused when the alert is already resolved
     */
    public Optional<Alert> resolve(String id, String reason, Scope scope) {
        return command(id, scope, "resolved", (alert, by) -> alert.resolve(by, reason, clock.instant()));
    }

    /** Loads the alert within the caller's scope, applies the transition as the caller and audits it. */
    private Optional<Alert> command(String id, Scope scope, String action,
                                    BiFunction<Alert, String, AlertChange> transition) {
        return withRetries(() -> {
            Optional<Alert> found = store.find(id, scope);
            if (found.isEmpty()) {
                return Optional.<Alert>empty();
            }
            Alert alert = found.get();
            scope.checkWrite(alert.regionCode(), null);
            AlertView before = AlertView.of(alert);
            AlertChange change = transition.apply(alert, scope.caller().subject());
            AlertChange audited = change.audited(AuditEntry.of(AUDIT_ENTITY, id, action, alert.regionCode(),
                    alert.opdCode(), before, AlertView.of(alert)));
            if (!store.update(audited)) {
                return null;
            }
            return Optional.of(alert.state() == AlertState.RESOLVED ? resolved(audited) : written(audited));
        });
    }

    private Alert resolved(AlertChange change) {
        meters.counter("pantau.notification.alerts.resolved", "resolution", change.alert().resolution().name())
                .increment();
        return written(change);
    }

    private Alert written(AlertChange change) {
        if (change.event() != null || change.audit() != null) {
            relay.relaySoon();
        }
        if (change.notice() != null) {
            application.publishEvent(new NoticesPending(change.alert().id()));
        }
        return change.alert();
    }

    /**
     * Runs an attempt until it returns non-null: null means another writer came first. Writers that collided
     * wait a short, random and growing time, so that they do not collide again in step.
     */
    private <T> T withRetries(Supplier<T> attempt) {
        for (int i = 0; i < ATTEMPTS; i++) {
            T result = attempt.get();
            if (result != null) {
                return result;
            }
            backOff(i);
        }
        throw new OptimisticLockingFailureException("alert kept changing under " + ATTEMPTS + " attempts");
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(1, 10L * (attempt + 1)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OptimisticLockingFailureException("interrupted while retrying an alert update");
        }
    }
}
