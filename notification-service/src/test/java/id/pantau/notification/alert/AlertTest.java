package id.pantau.notification.alert;

import id.pantau.events.AlertAcknowledged;
import id.pantau.events.AlertEscalated;
import id.pantau.events.AlertRaised;
import id.pantau.events.AlertResolved;
import id.pantau.events.AlertRule;
import id.pantau.events.ForecastMissProjected;
import id.pantau.events.Severity;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AlertTest {

    private static final Instant T0 = Instant.parse("2026-04-03T03:30:00Z");
    /** People are known by the opaque subject id of their token, never by name. */
    private static final String INSPECTOR_SUBJECT = "5b0e7c52-90d4-4c6e-9a1f-3c2d8e6f4a17";
    private static final String OPD = "2.18.0.00.0.00.01.0000";

    static AlertSignal slip(String eventId, Severity severity, String period, Instant at) {
        return new AlertSignal(eventId, "inno-1", "ind-1", "Waktu layanan", "32.73", OPD,
                AlertRule.BEHIND_TRAJECTORY, severity, period, new BigDecimal("7.5"), new BigDecimal("9.5"),
                new BigDecimal("0.2"), at);
    }

    private static Alert opened(Severity severity) {
        return Alert.open("a1", slip("e1", severity, "2026-03", T0)).alert();
    }

    @Test
    void aSlipOpensAnAlertWithOneOccurrenceAnnouncedAndToldToTheRecipients() {
        AlertChange change = Alert.open("a1", slip("e1", Severity.RED, "2026-03", T0));

        Alert alert = change.alert();
        assertThat(alert.state()).isEqualTo(AlertState.OPEN);
        assertThat(alert.occurrences()).isEqualTo(1);
        assertThat(alert.openedAt()).isEqualTo(T0);
        assertThat(alert.openKey()).isEqualTo("ind-1/BEHIND_TRAJECTORY/2026-03");
        assertThat(change.event()).isEqualTo(new AlertRaised("a1", "inno-1", "ind-1", "32.73",
                OPD, AlertRule.BEHIND_TRAJECTORY, Severity.RED, "2026-03", T0));
        assertThat(change.notice().kind()).isEqualTo(Notice.Kind.RAISED);
        assertThat(change.notice().severity()).isEqualTo(Severity.RED);
        assertThat(alert.history()).extracting(AlertTransition::kind).containsExactly(AlertTransition.Kind.OPENED);
    }

    @Test
    void theIdentityIsIndicatorRulePeriodSoEachPeriodOrRuleHasAKeyOfItsOwn() {
        assertThat(Alert.openKey("ind-1", AlertRule.BEHIND_TRAJECTORY, "2026-03"))
                .isNotEqualTo(Alert.openKey("ind-1", AlertRule.BEHIND_TRAJECTORY, "2026-04"))
                .isNotEqualTo(Alert.openKey("ind-1", AlertRule.BOUND_BREACHED, "2026-03"))
                .isNotEqualTo(Alert.openKey("ind-2", AlertRule.BEHIND_TRAJECTORY, "2026-03"))
                .isEqualTo(Alert.openKey("ind-1", AlertRule.BEHIND_TRAJECTORY, "2026-03"));
    }

    @Test
    void aRepeatCountsTakesTheLatestFiguresAndLastSeenWithoutANewEventOrNotice() {
        Alert alert = opened(Severity.AMBER);
        AlertSignal later = new AlertSignal("e2", "inno-1", "ind-1", "Waktu layanan", "32.73", "2.18.0.00.0.00.01.0000",
                AlertRule.BEHIND_TRAJECTORY, Severity.AMBER, "2026-03", new BigDecimal("7"), new BigDecimal("8.9"),
                new BigDecimal("0.37"), T0.plusSeconds(86_400));

        AlertChange change = alert.repeat(later);

        assertThat(change.changed()).isTrue();
        assertThat(change.event()).isNull();
        assertThat(change.notice()).isNull();
        assertThat(alert.occurrences()).isEqualTo(2);
        assertThat(alert.actual()).isEqualByComparingTo("8.9");
        assertThat(alert.lastSeenAt()).isEqualTo(T0.plusSeconds(86_400));
        assertThat(alert.openedAt()).isEqualTo(T0);
    }

    @Test
    void aSignalOfAnotherPeriodIsNotARepeat() {
        Alert alert = opened(Severity.AMBER);

        assertThatThrownBy(() -> alert.repeat(slip("e2", Severity.AMBER, "2026-04", T0.plusSeconds(60))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(alert.occurrences()).isEqualTo(1);
    }

    @Test
    void amberToRedRaisesTheSeverityAndTellsTheRecipientsAgain() {
        Alert alert = opened(Severity.AMBER);

        AlertChange change = alert.repeat(slip("e2", Severity.RED, "2026-03", T0.plusSeconds(60)));

        assertThat(alert.severity()).isEqualTo(Severity.RED);
        assertThat(change.notice().kind()).isEqualTo(Notice.Kind.SEVERITY_RAISED);
        assertThat(change.notice().severity()).isEqualTo(Severity.RED);
        assertThat(change.event()).isNull();
        assertThat(alert.history()).extracting(AlertTransition::kind)
                .containsExactly(AlertTransition.Kind.OPENED, AlertTransition.Kind.SEVERITY_RAISED);
    }

    @Test
    void redThenAmberKeepsTheWorstSeverityWithoutTellingAnyone() {
        Alert alert = opened(Severity.RED);

        AlertChange change = alert.repeat(slip("e2", Severity.AMBER, "2026-03", T0.plusSeconds(60)));

        assertThat(alert.severity()).isEqualTo(Severity.RED);
        assertThat(change.notice()).isNull();
        assertThat(alert.occurrences()).isEqualTo(2);
        assertThat(alert.history()).hasSize(1);
    }

    @Test
    void theSameEventDeliveredAgainChangesNothing() {
        Alert alert = opened(Severity.AMBER);

        AlertChange change = alert.repeat(slip("e1", Severity.RED, "2026-03", T0));

        assertThat(change.changed()).isFalse();
        assertThat(alert.occurrences()).isEqualTo(1);
        assertThat(alert.severity()).isEqualTo(Severity.AMBER);
    }

    @Test
    void recoveryResolvesTheAlertAsRecoveredWithABackOnTrackNotice() {
        Alert alert = opened(Severity.RED);
        Instant later = T0.plusSeconds(3_600);

        AlertChange change = alert.recover(new Recovery("e9", "ind-1", AlertRule.BEHIND_TRAJECTORY, "2026-05",
                new BigDecimal("6.5"), new BigDecimal("6.4"), new BigDecimal("1.02"), later));

        assertThat(alert.state()).isEqualTo(AlertState.RESOLVED);
        assertThat(alert.resolution()).isEqualTo(AlertResolved.Resolution.RECOVERED);
        assertThat(alert.openKey()).isNull();
        assertThat(alert.resolvedAt()).isEqualTo(later);
        assertThat(alert.actual()).isEqualByComparingTo("6.4");
        assertThat(alert.period()).as("the period identifies the alert").isEqualTo("2026-03");
        assertThat(((AlertResolved) change.event()).resolution()).isEqualTo(AlertResolved.Resolution.RECOVERED);
        assertThat(((AlertResolved) change.event()).opdCode()).as("the OPD travels with every follow-up").isEqualTo(OPD);
        assertThat(change.notice().kind()).isEqualTo(Notice.Kind.RECOVERED);
    }

    @Test
    void anOpenAlertCanBeAcknowledgedOnceWithWhoWhenAndComment() {
        Alert alert = opened(Severity.RED);
        Instant at = T0.plusSeconds(600);

        AlertChange change = alert.acknowledge(INSPECTOR_SUBJECT, "Ditindaklanjuti", at);

        assertThat(alert.state()).isEqualTo(AlertState.ACKNOWLEDGED);
        assertThat(alert.openKey()).isEqualTo("ind-1/BEHIND_TRAJECTORY/2026-03");
        assertThat(change.event()).isEqualTo(new AlertAcknowledged("a1", "inno-1", "ind-1", "32.73",
                OPD, INSPECTOR_SUBJECT, "Ditindaklanjuti", at));
        assertThat(change.notice()).isNull();
        assertThat(alert.history()).last().isEqualTo(new AlertTransition(AlertTransition.Kind.ACKNOWLEDGED,
                INSPECTOR_SUBJECT, at, "Ditindaklanjuti"));
        assertThatThrownBy(() -> alert.acknowledge("someone", null, at))
                .isInstanceOf(AlertTransitionRefused.class)
                .extracting(refused -> ((AlertTransitionRefused) refused).code()).isEqualTo("alert-not-open");
    }

    @Test
    void anAcknowledgedAlertStillCountsRepeatsAndRaisesItsSeverity() {
        Alert alert = opened(Severity.AMBER);
        alert.acknowledge(INSPECTOR_SUBJECT, null, T0.plusSeconds(1));

        AlertChange change = alert.repeat(slip("e2", Severity.RED, "2026-03", T0.plusSeconds(2)));

        assertThat(alert.state()).isEqualTo(AlertState.ACKNOWLEDGED);
        assertThat(change.notice().kind()).isEqualTo(Notice.Kind.SEVERITY_RAISED);
    }

    @Test
    void resolvingByHandTakesAReasonFromOpenOrAcknowledgedButNotTwice() {
        Alert open = opened(Severity.RED);
        Alert acknowledged = opened(Severity.RED);
        acknowledged.acknowledge(INSPECTOR_SUBJECT, null, T0.plusSeconds(1));

        AlertChange change = open.resolve(INSPECTOR_SUBJECT, "Target direvisi", T0.plusSeconds(5));
        acknowledged.resolve(INSPECTOR_SUBJECT, "Sudah ditangani", T0.plusSeconds(5));

        assertThat(open.resolution()).isEqualTo(AlertResolved.Resolution.MANUAL);
        assertThat(change.event()).isEqualTo(new AlertResolved("a1", "inno-1", "ind-1", "32.73", OPD,
                AlertResolved.Resolution.MANUAL, "Target direvisi", T0.plusSeconds(5)));
        assertThat(change.notice()).isNull();
        assertThat(acknowledged.state()).isEqualTo(AlertState.RESOLVED);
        assertThat(acknowledged.history()).extracting(AlertTransition::kind).containsExactly(
                AlertTransition.Kind.OPENED, AlertTransition.Kind.ACKNOWLEDGED, AlertTransition.Kind.RESOLVED);
        assertThatThrownBy(() -> open.resolve("x", "again", T0.plusSeconds(9)))
                .isInstanceOf(AlertTransitionRefused.class)
                .extracting(refused -> ((AlertTransitionRefused) refused).code()).isEqualTo("alert-resolved");
        assertThatThrownBy(() -> open.acknowledge("x", null, T0.plusSeconds(9)))
                .isInstanceOf(AlertTransitionRefused.class);
    }

    @Test
    void aResolvedAlertTakesNoMoreSignals() {
        Alert alert = opened(Severity.RED);
        alert.resolve("x", "selesai", T0.plusSeconds(1));

        assertThatThrownBy(() -> alert.repeat(slip("e2", Severity.RED, "2026-04", T0.plusSeconds(2))))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anOverdueReportAlertIsAnnouncedThroughItsWholeLifecycle() {
        AlertSignal overdue = new AlertSignal("e1", "inno-1", "ind-1", "Waktu layanan", "32.73", "2.18",
                AlertRule.REPORT_OVERDUE, Severity.AMBER, "2026-03", null, null, null, T0);

        AlertChange opened = Alert.open("a1", overdue);
        AlertChange acknowledged = opened.alert().acknowledge("x", null, T0.plusSeconds(1));
        AlertChange resolved = opened.alert().resolve("x", "laporan masuk", T0.plusSeconds(2));

        assertThat(opened.notice().kind()).isEqualTo(Notice.Kind.RAISED);
        assertThat(opened.event()).isEqualTo(new AlertRaised("a1", "inno-1", "ind-1", "32.73", "2.18",
                AlertRule.REPORT_OVERDUE, Severity.AMBER, "2026-03", T0));
        assertThat(acknowledged.event()).isInstanceOf(AlertAcknowledged.class);
        assertThat(resolved.event()).isInstanceOfSatisfying(AlertResolved.class,
                event -> assertThat(event.resolution()).isEqualTo(AlertResolved.Resolution.MANUAL));
        assertThat(opened.alert().openKey()).isNull();
    }

    @Test
    void theOverdueReportArrivingResolvesItsAlertAndTellsTheRecipients() {
        Alert alert = Alert.open("a1", new AlertSignal("e1", "inno-1", "ind-1", "Waktu layanan", "32.73", "2.18",
                AlertRule.REPORT_OVERDUE, Severity.AMBER, "2026-03", null, null, null, T0)).alert();

        AlertChange change = alert.reportReceived("e2", T0.plusSeconds(60));

        assertThat(alert.state()).isEqualTo(AlertState.RESOLVED);
        assertThat(alert.resolution()).isEqualTo(AlertResolved.Resolution.RECOVERED);
        assertThat(alert.history()).last().extracting(AlertTransition::comment).isEqualTo("laporan diterima 2026-03");
        assertThat(change.notice().kind()).isEqualTo(Notice.Kind.RECOVERED);
        assertThat(change.event()).isInstanceOfSatisfying(AlertResolved.class,
                event -> assertThat(event.resolution()).isEqualTo(AlertResolved.Resolution.RECOVERED));
        assertThatThrownBy(() -> opened(Severity.RED).reportReceived("e3", T0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aProjectedMissIsAnAmberWarningIdentifiedByItsDeadline() {
        AlertSignal signal = AlertSignal.of("e1", new ForecastMissProjected("inno-1", "ind-1", "32.73", "2.18",
                "Waktu layanan", new BigDecimal("5"), LocalDate.of(2026, 6, 30), new BigDecimal("6.2"), null, T0));

        AlertChange change = Alert.open("a1", signal);

        assertThat(change.alert().rule()).isEqualTo(AlertRule.FORECAST_MISS);
        assertThat(change.alert().severity()).isEqualTo(Severity.AMBER);
        assertThat(change.alert().openKey()).isEqualTo("ind-1/FORECAST_MISS/2026-06-30");
        assertThat(change.alert().expected()).isEqualByComparingTo("5");
        assertThat(change.alert().actual()).isEqualByComparingTo("6.2");
        assertThat(change.event()).isInstanceOfSatisfying(AlertRaised.class,
                event -> assertThat(event.rule()).isEqualTo(AlertRule.FORECAST_MISS));
        assertThat(change.notice().kind()).isEqualTo(Notice.Kind.RAISED);
    }

    @Test
    void anUnacknowledgedAlertGoesUpALevelAtATimeAnnouncedAndToldUntilTheLastLevel() {
        Alert alert = opened(Severity.RED);
        assertThat(alert.level()).isEqualTo(1);
        alert.scheduleEscalation(T0.plusSeconds(100));

        AlertChange second = alert.escalate(T0.plusSeconds(100), T0.plusSeconds(200));
        AlertChange third = alert.escalate(T0.plusSeconds(200), null);

        assertThat(second.event()).isEqualTo(new AlertEscalated("a1", "inno-1", "ind-1", "32.73",
                "2.18.0.00.0.00.01.0000", 2, T0.plusSeconds(100)));
        assertThat(second.notice().kind()).isEqualTo(Notice.Kind.ESCALATED);
        // each notice tells its own level, even when both are planned after the second escalation
        assertThat(second.notice().levelOr(alert)).isEqualTo(2);
        assertThat(third.notice().levelOr(alert)).isEqualTo(3);
        assertThat(new Notice("n0", Notice.Kind.ESCALATED, Severity.RED, T0, null).levelOr(alert))
                .as("a notice stored before levels were kept").isEqualTo(3);
        assertThat(((AlertEscalated) third.event()).level()).isEqualTo(3);
        assertThat(alert.level()).isEqualTo(3);
        assertThat(alert.nextEscalationAt()).isNull();
        assertThat(alert.history()).extracting(AlertTransition::comment)
                .containsExactly("RED 2026-03", "level 1 -> 2", "level 2 -> 3");
        assertThatThrownBy(() -> alert.escalate(T0.plusSeconds(300), null))
                .as("nothing beyond the last level").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void acknowledgingOrResolvingStopsTheEscalation() {
        Alert acknowledged = opened(Severity.RED);
        acknowledged.scheduleEscalation(T0.plusSeconds(100));
        Alert resolved = opened(Severity.RED);
        resolved.scheduleEscalation(T0.plusSeconds(100));

        acknowledged.acknowledge(INSPECTOR_SUBJECT, "Ditindaklanjuti", T0.plusSeconds(50));
        resolved.resolve(INSPECTOR_SUBJECT, "Target direvisi", T0.plusSeconds(50));

        assertThat(acknowledged.nextEscalationAt()).isNull();
        assertThat(resolved.nextEscalationAt()).isNull();
        assertThatThrownBy(() -> acknowledged.escalate(T0.plusSeconds(100), null)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> resolved.escalate(T0.plusSeconds(100), null)).isInstanceOf(IllegalStateException.class);
        assertThat(acknowledged.level()).isEqualTo(1);
    }
}
