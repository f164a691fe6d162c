package id.pantau.notification.delivery;

import id.pantau.notification.alert.Alert;
import id.pantau.notification.alert.Notice;
import id.pantau.notification.innovation.InnovationLabel;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the JSON a webhook receives for a notice: the event type ({@code alert.raised},
 * {@code alert.severity_raised}, {@code alert.escalated}, {@code alert.recovered}) and the alert as other
 * government systems need it — ids, the innovation, indicator and OPD by name, region, rule, severity, state,
 * level, period, figures and the link. No personal data: nobody's name, subject or address.
 */
public final class WebhookComposer {

    private final URI dashboardUrl;
    private final JsonMapper json;

    public WebhookComposer(URI dashboardUrl, JsonMapper json) {
        this.dashboardUrl = dashboardUrl;
        this.json = json;
    }

    /** @param label the innovation's labels, or null when its registration has not arrived (yet) */
    public Message compose(Alert alert, Notice notice, InnovationLabel label) {
        String type = "alert." + notice.kind().name().toLowerCase(Locale.ROOT);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("alertId", alert.id());
        data.put("innovationId", alert.innovationId());
        data.put("innovationTitle", label == null ? null : label.title());
        data.put("indicatorId", alert.indicatorId());
        data.put("indicatorName", alert.indicatorName() != null ? alert.indicatorName()
                : label == null ? null : label.indicatorName(alert.indicatorId()));
        data.put("regionCode", alert.regionCode());
        data.put("opdCode", alert.opdCode());
        data.put("opdName", label == null ? null : label.opdName());
        data.put("rule", alert.rule());
        data.put("severity", notice.severity());
        data.put("state", alert.state());
        data.put("level", alert.level());
        data.put("period", alert.period());
        data.put("recoveredIn", alert.recoveredIn());
        data.put("expected", alert.expected());
        data.put("actual", alert.actual());
        data.put("occurrences", alert.occurrences());
        data.put("link", link(alert));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", type);
        payload.put("timestamp", notice.at().toString());
        payload.put("data", data);
        return new Message(type, json.writeValueAsString(payload));
    }

    private String link(Alert alert) {
        String base = dashboardUrl.toString();
        return (base.endsWith("/") ? base : base + "/") + "alerts/" + alert.id();
    }
}
