package id.pantau.notification.delivery;

import id.pantau.events.AlertRule;
import id.pantau.events.Severity;
import id.pantau.notification.alert.Alert;
import id.pantau.notification.alert.AlertState;
import id.pantau.notification.alert.Notice;
import id.pantau.notification.innovation.InnovationLabel;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;

/**
 * What a message about an alert's notice says, in no language and no layout: the one model that the email
 * (text and HTML), the Telegram nudge and the webhook's JSON are written from. It names the innovation,
 * indicator, OPD and region, never a person.
 *
 * @param innovationTitle null when the innovation's registration has not arrived (yet)
 * @param indicatorName   null when neither the signal nor the registration named it
 * @param opdName         null when the registration has not arrived (yet)
 */
public record AlertFacts(String alertId, Notice.Kind kind, AlertRule rule, Severity severity, AlertState state,
                         int level, String innovationId, String innovationTitle, String indicatorId,
                         String indicatorName, String opdCode, String opdName, String regionCode, String regionLabel,
                         String period, String recoveredIn, BigDecimal expected, BigDecimal actual,
                         BigDecimal progressRatio, int occurrences, Instant at, String link) {

    /** @param label the innovation's labels, or null when its registration has not arrived (yet) */
    public static AlertFacts of(Alert alert, Notice notice, InnovationLabel label, String regionLabel, URI dashboard) {
        return new AlertFacts(alert.id(), notice.kind(), alert.rule(), notice.severity(), alert.state(),
                notice.levelOr(alert),
                alert.innovationId(), label == null ? null : label.title(), alert.indicatorId(),
                alert.indicatorName() != null ? alert.indicatorName()
                        : label == null ? null : label.indicatorName(alert.indicatorId()),
                alert.opdCode(), label == null ? null : label.opdName(), alert.regionCode(), regionLabel,
                alert.period(), alert.recoveredIn(), alert.expected(), alert.actual(), alert.progressRatio(),
                alert.occurrences(), notice.at(), link(dashboard, "alerts/" + alert.id()));
    }

    /** A page of the dashboard, whether its base URL ends with a slash or not. */
    static String link(URI dashboard, String path) {
        String base = dashboard.toString();
        return (base.endsWith("/") ? base : base + "/") + path;
    }
}
