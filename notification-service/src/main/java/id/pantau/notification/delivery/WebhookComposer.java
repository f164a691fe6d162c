package id.pantau.notification.delivery;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the JSON a webhook receives for a notice, from the same facts as the email: the event type
 * ({@code alert.raised}, {@code alert.severity_raised}, {@code alert.escalated}, {@code alert.recovered}) and the
 * alert as other government systems need it — ids, the innovation, indicator and OPD by name, region, rule,
 * severity, state, level, period, figures and the link. No personal data: nobody's name, subject or address.
 */
public final class WebhookComposer {

    private final JsonMapper json;

    public WebhookComposer(JsonMapper json) {
        this.json = json;
    }

    public Message compose(AlertFacts facts) {
        String type = "alert." + facts.kind().name().toLowerCase(Locale.ROOT);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("alertId", facts.alertId());
        data.put("innovationId", facts.innovationId());
        data.put("innovationTitle", facts.innovationTitle());
        data.put("indicatorId", facts.indicatorId());
        data.put("indicatorName", facts.indicatorName());
        data.put("regionCode", facts.regionCode());
        data.put("opdCode", facts.opdCode());
        data.put("opdName", facts.opdName());
        data.put("rule", facts.rule());
        data.put("severity", facts.severity());
        data.put("state", facts.state());
        data.put("level", facts.level());
        data.put("period", facts.period());
        data.put("recoveredIn", facts.recoveredIn());
        data.put("expected", facts.expected());
        data.put("actual", facts.actual());
        data.put("occurrences", facts.occurrences());
        data.put("link", facts.link());
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", type);
        payload.put("timestamp", facts.at().toString());
        payload.put("data", data);
        return new Message(type, json.writeValueAsString(payload));
    }
}
