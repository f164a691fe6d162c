package id.pantau.notification.alert;

import id.pantau.events.AlertAcknowledged;
import id.pantau.events.AlertEscalated;
import id.pantau.events.AlertRaised;
import id.pantau.events.AlertResolved;
import id.pantau.events.AlertRule;
import id.pantau.events.RegionCode;
import id.pantau.events.Severity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An alert for one indicator, rule and period: opened by monitoring's signal, updated by repeats of the same
 * signal (occurrences, last seen, worst severity), acknowledged and resolved by people or resolved by recovery.
 * Every transition is kept in its history.
 * <p>
 * While the alert is open, {@code openKey} (indicator/rule/period) is set; a unique sparse index on it makes
 * "one open alert per (indicator, rule, period)" hold even when two deliveries of a signal race. It is removed
 * on resolve, so a later signal after resolution opens a new alert. Every transition is announced with its
 * lifecycle event, whatever the rule.
 */
@Document("alerts")
@CompoundIndex(name = "region_opened", def = "{'regionCode': 1, 'openedAt': -1}")
@CompoundIndex(name = "province_opened", def = "{'provinceCode': 1, 'openedAt': -1}")
@CompoundIndex(name = "indicator_opened", def = "{'indicatorId': 1, 'openedAt': -1}")
@CompoundIndex(name = "escalation_due", def = "{'nextEscalationAt': 1}", sparse = true)
public final class Alert {

    @Id
    private String id;
    @Indexed(unique = true, sparse = true)
    private String openKey;
    private String innovationId;
    private String indicatorId;
    private String indicatorName;
    private String regionCode;
    private String provinceCode;
    private String opdCode;
    private AlertRule rule;
    private Severity severity;
    private String period;
    /** The period judged back on track, when recovery resolved the alert; the figures are that period's. */
    private String recoveredIn;
    private BigDecimal expected;
    private BigDecimal actual;
    private BigDecimal progressRatio;
    private AlertState state;
    private AlertResolved.Resolution resolution;
    private Instant openedAt;
    private Instant lastSeenAt;
    private Instant acknowledgedAt;
    private Instant resolvedAt;
    private int occurrences;
    /** 1 the OPD head, 2 the inspectorate of the kabupaten/kota, 3 the provincial inspectorate. */
    private int level;
    /** When the alert goes up a level unless acknowledged first; absent once acknowledged, resolved or at level 3. */
    private Instant nextEscalationAt;
    private String lastEventId;
    private List<AlertTransition> history = new ArrayList<>();
    private long version;

    private Alert() {
    }

    /** The identity of an open alert: one per (indicator, rule, period). */
    public static String openKey(String indicatorId, AlertRule rule, String period) {
        return indicatorId + "/" + rule + "/" + period;
    }

    /** Opens the alert a signal asks for, to be announced and told to the region's recipients. */
    public static AlertChange open(String id, AlertSignal signal) {
        Alert alert = new Alert();
        alert.id = id;
        alert.openKey = openKey(signal.indicatorId(), signal.rule(), signal.period());
        alert.innovationId = signal.innovationId();
        alert.indicatorId = signal.indicatorId();
        alert.regionCode = signal.regionCode();
        alert.provinceCode = new RegionCode(signal.regionCode()).province().value();
        alert.opdCode = signal.opdCode();
        alert.rule = signal.rule();
        alert.state = AlertState.OPEN;
        alert.openedAt = signal.at();
        alert.occurrences = 1;
        alert.level = 1;
        alert.see(signal);
        alert.history.add(new AlertTransition(AlertTransition.Kind.OPENED, AlertTransition.SYSTEM, signal.at(),
                signal.severity() + " " + signal.period()));
        AlertRaised raised = new AlertRaised(alert.id, alert.innovationId, alert.indicatorId, alert.regionCode,
                alert.opdCode, alert.rule, alert.severity, alert.period, signal.at());
        return AlertChange.of(alert, raised, Notice.of(Notice.Kind.RAISED, alert.severity, signal.at(), alert.level));
    }

    /**
     * The same (indicator, rule, period) was signalled again while this alert is open: it counts the occurrence,
     * takes the latest figures and keeps the worst severity; people are told again only when the severity rose
     * (AMBER to RED). A redelivered signal changes nothing.
     */
    public AlertChange repeat(AlertSignal signal) {
        if (!state.isOpen()) {
            throw new IllegalStateException("alert " + id + " is resolved; a new signal opens a new alert");
        }
        if (!openKey.equals(openKey(signal.indicatorId(), signal.rule(), signal.period()))) {
            throw new IllegalArgumentException("signal for " + signal.indicatorId() + "/" + signal.rule() + "/"
                    + signal.period() + " is not about alert " + id);
        }
        if (signal.eventId() != null && signal.eventId().equals(lastEventId)) {
            return AlertChange.unchanged(this);
        }
        Severity previous = severity;
        occurrences++;
        see(signal);
        if (severity == previous) {
            return AlertChange.of(this, null, null);
        }
        history.add(new AlertTransition(AlertTransition.Kind.SEVERITY_RAISED, AlertTransition.SYSTEM, signal.at(),
                previous + " -> " + severity + " " + period));
        return AlertChange.of(this, null, Notice.of(Notice.Kind.SEVERITY_RAISED, severity, signal.at(), level));
    }

    /**
     * Back on track: the alert resolves itself, and the recipients get a "back on track" notice. The figures
     * are the recovery's, of the period that recovered (the alert keeps the period that identifies it).
     */
    public AlertChange recover(Recovery recovery) {
        if (!state.isOpen()) {
            throw new IllegalStateException("alert " + id + " is already resolved");
        }
        recoveredIn = recovery.period();
        expected = recovery.expected();
        actual = recovery.actual();
        progressRatio = recovery.progressRatio();
        lastEventId = recovery.eventId();
        AlertChange change = close(AlertResolved.Resolution.RECOVERED, AlertTransition.SYSTEM,
                "kembali sesuai target " + recovery.period(), recovery.at());
        return AlertChange.of(this, change.event(), Notice.of(Notice.Kind.RECOVERED, severity, recovery.at(), level));
    }

    /** When the alert escalates from its current level unless acknowledged; null for never. */
    public void scheduleEscalation(Instant at) {
        nextEscalationAt = at;
    }

    /**
     * Nobody acknowledged it in time: the alert goes up a level, the next level's recipients are told, and the
     * next escalation is scheduled (null at the last level).
     *
     * @param at   when the escalation was due
     * @param next when the new level escalates in turn, or null
     */
    public AlertChange escalate(Instant at, Instant next) {
        if (state != AlertState.OPEN || nextEscalationAt == null) {
            throw new IllegalStateException("alert " + id + " is " + state + " and not due to escalate");
        }
        int previous = level;
        level++;
        nextEscalationAt = next;
        history.add(new AlertTransition(AlertTransition.Kind.ESCALATED, AlertTransition.SYSTEM, at,
                "level " + previous + " -> " + level));
        return AlertChange.of(this, new AlertEscalated(id, innovationId, indicatorId, regionCode, opdCode,
                level, at), Notice.of(Notice.Kind.ESCALATED, severity, at, level));
    }

    /**
     * Someone takes it up: only an OPEN alert can be acknowledged.
     *
     * @param by the opaque subject id of who acknowledges, never a name
     */
    public AlertChange acknowledge(String by, String comment, Instant at) {
        if (state != AlertState.OPEN) {
            throw new AlertTransitionRefused("alert-not-open", "alert " + id + " is " + state);
        }
        state = AlertState.ACKNOWLEDGED;
        acknowledgedAt = at;
        nextEscalationAt = null;
        history.add(new AlertTransition(AlertTransition.Kind.ACKNOWLEDGED, by, at, comment));
        return AlertChange.of(this, new AlertAcknowledged(id, innovationId, indicatorId, regionCode, opdCode,
                by, comment, at), null);
    }

    /**
     * Resolved by hand, with a reason, whether acknowledged or not.
     *
     * @param by the opaque subject id of who resolves, never a name
     */
    public AlertChange resolve(String by, String reason, Instant at) {
        if (!state.isOpen()) {
            throw new AlertTransitionRefused("alert-resolved", "alert " + id + " is already resolved");
        }
        return close(AlertResolved.Resolution.MANUAL, by, reason, at);
    }

    private AlertChange close(AlertResolved.Resolution how, String by, String reason, Instant at) {
        state = AlertState.RESOLVED;
        resolution = how;
        resolvedAt = at;
        openKey = null;
        nextEscalationAt = null;
        history.add(new AlertTransition(AlertTransition.Kind.RESOLVED, by, at, reason));
        return AlertChange.of(this, new AlertResolved(id, innovationId, indicatorId, regionCode, opdCode,
                how, reason, at), null);
    }

    /**
     * The overdue report of this alert's period arrived: the alert resolves itself like a recovery, and the
     * recipients are told.
     */
    public AlertChange reportReceived(String eventId, Instant at) {
        if (!state.isOpen() || rule != AlertRule.REPORT_OVERDUE) {
            throw new IllegalStateException("alert " + id + " is not an open overdue-report alert");
        }
        lastEventId = eventId;
        AlertChange change = close(AlertResolved.Resolution.RECOVERED, AlertTransition.SYSTEM,
                "laporan diterima " + period, at);
        return AlertChange.of(this, change.event(), Notice.of(Notice.Kind.RECOVERED, severity, at, level));
    }

    private void see(AlertSignal signal) {
        indicatorName = signal.indicatorName() == null ? indicatorName : signal.indicatorName();
        severity = severity == null || signal.severity().compareTo(severity) > 0 ? signal.severity() : severity;
        period = signal.period();
        expected = signal.expected();
        actual = signal.actual();
        progressRatio = signal.progressRatio();
        lastSeenAt = signal.at();
        lastEventId = signal.eventId();
    }

    public String id() {
        return id;
    }

    public String openKey() {
        return openKey;
    }

    public String innovationId() {
        return innovationId;
    }

    public String indicatorId() {
        return indicatorId;
    }

    public String indicatorName() {
        return indicatorName;
    }

    public String regionCode() {
        return regionCode;
    }

    public String opdCode() {
        return opdCode;
    }

    public AlertRule rule() {
        return rule;
    }

    public Severity severity() {
        return severity;
    }

    public String period() {
        return period;
    }

    public String recoveredIn() {
        return recoveredIn;
    }

    public BigDecimal expected() {
        return expected;
    }

    public BigDecimal actual() {
        return actual;
    }

    public BigDecimal progressRatio() {
        return progressRatio;
    }

    public AlertState state() {
        return state;
    }

    public AlertResolved.Resolution resolution() {
        return resolution;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Instant lastSeenAt() {
        return lastSeenAt;
    }

    public Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public Instant resolvedAt() {
        return resolvedAt;
    }

    public int occurrences() {
        return occurrences;
    }

    public int level() {
        return level;
    }

    public Instant nextEscalationAt() {
        return nextEscalationAt;
    }

    public List<AlertTransition> history() {
        return List.copyOf(history);
    }

    /** The version this alert was read at; the store writes a change only if nobody wrote in between. */
    public long version() {
        return version;
    }
}
