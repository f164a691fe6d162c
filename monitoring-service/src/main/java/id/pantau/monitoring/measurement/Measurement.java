package id.pantau.monitoring.measurement;

import id.pantau.defaults.audit.AuditEntry;
import id.pantau.defaults.outbox.OutboxEvent;
import id.pantau.events.IndicatorMeasured;
import id.pantau.monitoring.indicator.Indicator;
import id.pantau.monitoring.judging.Judgement;
import id.pantau.events.Period;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An accepted measurement (realisasi) of one indicator for one period: at most one per (indicator, period).
 * It keeps its indicator's region and OPD, by which reads are scoped. It is stored with its
 * {@code IndicatorMeasured} event and its audit entry in {@code outbox}, then judged; {@code judged} stays
 * false until the indicator's status took it into account, so a measurement left unjudged by a crash is
 * judged later.
 */
@Document("measurements")
@CompoundIndexes({
        @CompoundIndex(name = "indicator_period", def = "{'indicatorId': 1, 'period': 1}", unique = true),
        @CompoundIndex(name = "indicator_latest", def = "{'indicatorId': 1, 'periodEnd': -1}"),
        @CompoundIndex(name = "region_latest", def = "{'regionCode': 1, 'periodEnd': -1}")})
public record Measurement(
        @Id String id,
        String innovationId,
        String indicatorId,
        String regionCode,
        String opdCode,
        String period,
        LocalDate periodEnd,
        BigDecimal value,
        String note,
        String evidenceUrl,
        String submittedBy,
        Instant measuredAt,
        @Indexed boolean judged,
        List<OutboxEvent> outbox) {

    /** The entity name of measurements in the audit trail. */
    static final String AUDIT_ENTITY = "measurement";

    static Measurement accepted(MeasurementRequest request, Indicator indicator, Period period, String submittedBy,
                                Instant now, Judgement ofPeriod) {
        String id = ObjectId.get().toHexString();
        IndicatorMeasured measured = new IndicatorMeasured(id, indicator.innovationId(), indicator.indicatorId(),
                indicator.regionCode(), indicator.opdCode(), period.code(), request.value(), submittedBy,
                request.evidenceUrl(), request.note(), now, ofPeriod.expected(), ofPeriod.progressRatio(),
                ofPeriod.capaian(), ofPeriod.health());
        return new Measurement(id, indicator.innovationId(), indicator.indicatorId(), indicator.regionCode(),
                indicator.opdCode(), period.code(), period.end(), request.value(), request.note(),
                request.evidenceUrl(), submittedBy, now, false, List.of(OutboxEvent.of(measured)));
    }

    /** This measurement with the audit entry of its submission in its outbox, to be written with it. */
    Measurement audited(AuditEntry entry) {
        List<OutboxEvent> pending = new ArrayList<>(outbox);
        pending.add(entry.toOutbox());
        return new Measurement(id, innovationId, indicatorId, regionCode, opdCode, period, periodEnd, value, note,
                evidenceUrl, submittedBy, measuredAt, judged, List.copyOf(pending));
    }
}
