package id.pantau.innovation.innovation;

import id.pantau.defaults.audit.AuditEntry;
import id.pantau.defaults.outbox.OutboxEvent;
import id.pantau.events.InnovationForm;
import id.pantau.events.InnovationRegistered;
import id.pantau.events.InnovationStage;
import id.pantau.innovation.indicator.Indicator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An innovation of one OPD with its success indicators: the aggregate whose changes are announced on
 * {@code innovation-events}, through its {@code outbox} written in the same insert or update; the outbox also
 * carries the audit entry of each change made through the API to the audit trail.
 */
@Document("innovations")
@CompoundIndexes({
        @CompoundIndex(name = "region_registered", def = "{'regionCode': 1, 'registeredAt': -1}"),
        @CompoundIndex(name = "region_opd_registered", def = "{'regionCode': 1, 'opdCode': 1, 'registeredAt': -1}")})
public record Innovation(
        @Id String id,
        String regionCode,
        String opdCode,
        String opdName,
        String title,
        String problem,
        String plannedInnovation,
        InnovationForm form,
        InnovationStage stage,
        LocalDate startDate,
        LocalDate targetDate,
        List<Indicator> indicators,
        Instant registeredAt,
        List<OutboxEvent> outbox) {

    /** A new innovation, at the first stage (inisiatif), carrying its InnovationRegistered event. */
    static Innovation registered(String id, String regionCode, String opdCode, String opdName, String title,
                                 String problem, String plannedInnovation, InnovationForm form, LocalDate startDate,
                                 LocalDate targetDate, List<Indicator> indicators, Instant registeredAt) {
        InnovationRegistered event = new InnovationRegistered(id, regionCode, opdCode, opdName, title, problem,
                plannedInnovation, form, InnovationStage.INISIATIF, startDate, targetDate,
                indicators.stream().map(Indicator::toDefinition).toList(), registeredAt);
        return new Innovation(id, regionCode, opdCode, opdName, title, problem, plannedInnovation, form,
                InnovationStage.INISIATIF, startDate, targetDate, List.copyOf(indicators), registeredAt,
                List.of(OutboxEvent.of(event)));
    }

    /** This innovation carrying, after its events, the audit entry of its change, to be written with it. */
    Innovation audited(AuditEntry entry) {
        List<OutboxEvent> pending = new ArrayList<>(outbox);
        pending.add(entry.toOutbox());
        return new Innovation(id, regionCode, opdCode, opdName, title, problem, plannedInnovation, form, stage,
                startDate, targetDate, indicators, registeredAt, List.copyOf(pending));
    }
}
