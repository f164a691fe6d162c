package id.pantau.monitoring.measurement;

import id.pantau.defaults.audit.AuditEntry;
import id.pantau.defaults.outbox.OutboxEvent;
import id.pantau.events.IndicatorMeasured;
import id.pantau.monitoring.indicator.Indicator;
import id.pantau.monitoring.judging.Judgement;
import id.pantau.monitoring.quality.QualityFlag;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An accepted measurement (realisasi) of one indicator for one period: at most one per (indicator, period).
 * It keeps its indicator's region and OPD, by which reads are scoped. One submitted alone (or corrected) is stored
 * with its {@code IndicatorMeasured} event and its audit entry in {@code outbox}, then judged; {@code judged} stays
 * false until the indicator's status took it into account, so a measurement left unjudged by a crash is judged
 * later. One that came in a batch has neither: its batch's record ({@link MeasurementBatch}) carries the events and
 * says whether the batch was judged, so a batch costs the store a few writes rather than two more per measurement;
 * its {@code judged} is null. A correction replaces the value in place, raises {@code revision} and keeps the
 * replaced value in {@code history}. {@code measuredAt} is when the sender measured (when it said so) else when it
 * arrived, {@code receivedAt} when it arrived; {@code batchId} names the batch it came in.
 */
@Document(Measurement.COLLECTION)
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
        @Indexed Boolean judged,
        List<OutboxEvent> outbox,
        String source,
        Instant receivedAt,
        List<QualityFlag> flags,
        Integer revision,
        List<SupersededValue> history,
        String batchId) {

    static final String COLLECTION = "measurements";

    /** The entity name of measurements in the audit trail. */
    static final String AUDIT_ENTITY = "measurement";

    public Measurement {
        // stored before corrections were counted: the value it has is its first
        revision = revision == null ? 1 : revision;
        flags = flags == null ? List.of() : List.copyOf(flags);
        history = history == null ? List.of() : List.copyOf(history);
        outbox = outbox == null ? List.of() : List.copyOf(outbox);
    }

    /** A fresh id, for what has no natural key (a batch). */
    static String newId() {
        return ObjectId.get().toHexString();
    }

    /**
     * The id of an indicator's measurement of a period, derived from that natural key (32 hex digits of its
     * SHA-256, which the store keeps as a string): the stored values of a batch's indicators are then found by id,
     * which every store answers from its id index, and a second measurement of the period cannot be stored.
     */
    static String idOf(String indicatorId, String period) {
        byte[] digest = SHA_256.get().digest((indicatorId + "|" + period).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 16);
    }

    /** One digest per thread: a batch derives an id for every period of each of its indicators. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    });

    /** A measurement submitted alone, with its event, to be judged. */
    static Measurement accepted(String id, Submission submission, String submittedBy, Instant now, Judgement ofPeriod,
                                Set<QualityFlag> flags) {
        Measurement measurement = of(id, submission, submittedBy, now, flags, false, null);
        return measurement.withOutbox(OutboxEvent.of(measurement.announced(ofPeriod)));
    }

    /** A measurement of a batch, whose event and judging are its batch's. */
    static Measurement inBatch(String id, Submission submission, String submittedBy, Instant now,
                               Set<QualityFlag> flags, String batchId) {
        return of(id, submission, submittedBy, now, flags, null, batchId);
    }

    private static Measurement of(String id, Submission submission, String submittedBy, Instant now,
                                  Set<QualityFlag> flags, Boolean judged, String batchId) {
        Indicator indicator = submission.indicator();
        Instant measuredAt = submission.measuredAt() == null ? now : submission.measuredAt();
        return new Measurement(id, indicator.innovationId(), indicator.indicatorId(), indicator.regionCode(),
                indicator.opdCode(), submission.period().code(), submission.period().end(), submission.value(),
                submission.note(), submission.evidenceUrl(), submittedBy, measuredAt, judged, List.of(),
                submission.source(), now, List.copyOf(flags), 1, List.of(), batchId);
    }

    /** The event announcing this value, with the judgement of its period. */
    IndicatorMeasured announced(Judgement ofPeriod) {
        return new IndicatorMeasured(id, innovationId, indicatorId, regionCode, opdCode, period, value, submittedBy,
                evidenceUrl, note, measuredAt, ofPeriod.expected(), ofPeriod.progressRatio(), ofPeriod.capaian(),
                ofPeriod.health());
    }

    /** This measurement with the audit entry of its submission in its outbox, to be written with it. */
    Measurement audited(AuditEntry entry) {
        return withOutbox(entry.toOutbox());
    }

    Measurement withOutbox(OutboxEvent event) {
        List<OutboxEvent> pending = new ArrayList<>(outbox);
        pending.add(event);
        return new Measurement(id, innovationId, indicatorId, regionCode, opdCode, period, periodEnd, value, note,
                evidenceUrl, submittedBy, measuredAt, judged, pending, source, receivedAt, flags, revision, history,
                batchId);
    }

    /** This value, as the history keeps it once a correction replaced it. */
    SupersededValue superseded(Instant at, String by, String reason) {
        return new SupersededValue(revision, value, note, evidenceUrl, source, submittedBy, measuredAt, flags, at, by,
                reason);
    }
}
