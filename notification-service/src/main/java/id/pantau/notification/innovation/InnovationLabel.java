package id.pantau.notification.innovation;

import id.pantau.events.IndicatorDefinition;
import id.pantau.events.InnovationRegistered;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What messages need to name an innovation, learnt from innovation-service's events: its title, its OPD's
 * name and its indicators' names (by indicator id). Nothing else, and no personal data.
 */
@Document("innovation_labels")
public record InnovationLabel(
        @Id String innovationId,
        String regionCode,
        String opdCode,
        String opdName,
        String title,
        Map<String, String> indicatorNames) {

    public static InnovationLabel of(InnovationRegistered registered) {
        Map<String, String> names = new LinkedHashMap<>();
        if (registered.indicators() != null) {
            for (IndicatorDefinition indicator : registered.indicators()) {
                names.put(indicator.indicatorId(), indicator.name());
            }
        }
        return new InnovationLabel(registered.innovationId(), registered.regionCode(), registered.opdCode(),
                registered.opdName(), registered.title(), names);
    }

    public String indicatorName(String indicatorId) {
        return indicatorNames == null ? null : indicatorNames.get(indicatorId);
    }
}
