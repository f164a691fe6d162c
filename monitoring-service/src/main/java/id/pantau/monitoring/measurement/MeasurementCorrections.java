package id.pantau.monitoring.measurement;

import id.pantau.defaults.audit.AuditEntry;
import id.pantau.defaults.outbox.OutboxEvent;
import id.pantau.defaults.outbox.OutboxRelay;
import id.pantau.defaults.problem.ApiProblem;
import id.pantau.defaults.security.Scope;
import id.pantau.defaults.time.Moments;
import id.pantau.monitoring.indicator.Indicator;
import id.pantau.monitoring.indicator.IndicatorRepository;
import id.pantau.monitoring.judging.IndicatorJudging;
import id.pantau.monitoring.quality.QualityChecks;
import id.pantau.monitoring.quality.QualityFlag;
import id.pantau.monitoring.status.IndicatorStatusView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Supersedes a measurement's value with an explicit correction: the rules of a submission apply to the new value,
 * the old one moves into the history with who replaced it, when and why, and the new one is announced (an
 * {@code IndicatorMeasured} with the same measurement id) and audited in the same write, then the indicator is
 * judged again. The write is conditional on the revision read, so of two concurrent corrections one wins and the
 * other is told the measurement changed (412), as is a caller whose {@code If-Match} names an older revision.
 */
@Service
class MeasurementCorrections {

    private final MeasurementRepository measurements;
    private final IndicatorRepository indicators;
    private final IndicatorJudging judging;
    private final MeasurementJudging measurementJudging;
    private final StoredValues stored;
    private final QualityChecks quality;
    private final MongoTemplate mongo;
    private final OutboxRelay relay;

    MeasurementCorrections(MeasurementRepository measurements, IndicatorRepository indicators,
                           IndicatorJudging judging, MeasurementJudging measurementJudging, StoredValues stored,
                           QualityChecks quality, MongoTemplate mongo, OutboxRelay relay) {
        this.measurements = measurements;
        this.indicators = indicators;
        this.judging = judging;
        this.measurementJudging = measurementJudging;
        this.stored = stored;
        this.quality = quality;
        this.mongo = mongo;
        this.relay = relay;
    }

    /** The entity tag of a measurement's revision, for {@code ETag} and {@code If-Match}. */
    static String etag(Measurement measurement) {
        return "\"" + measurement.revision() + "\"";
    }

    MeasurementView supersede(String id, MeasurementCorrection correction, String ifMatch, Scope scope) {
        Measurement current = measurements.findReadable(id, scope)
                .orElseThrow(() -> ApiProblem.notFound("measurement-not-found", id));
        scope.checkWrite(current.regionCode(), current.opdCode());
        if (ifMatch != null && !ifMatch.isBlank() && !ifMatch.strip().replace("W/", "").equals(etag(current))) {
            throw ApiProblem.preconditionFailed("measurement-changed", id, current.revision());
        }
        Indicator indicator = indicators.findById(current.indicatorId())
                .orElseThrow(() -> new IllegalStateException("measurement " + id + " of an unknown indicator"));
        Instant now = Moments.now();
        MeasurementRules.Checked checked = MeasurementRules.check(indicator, current.innovationId(), current.period(),
                correction.value(), correction.evidenceUrl(), null, now);
        if (!checked.isValid()) {
            throw ApiProblem.invalid(checked.violations());
        }
        List<StoredValues.Stored> history = stored.of(List.of(indicator))
                .getOrDefault(indicator.indicatorId(), List.of());
        List<BigDecimal> earlier = StoredValues.before(history, checked.period().end());
        Set<QualityFlag> flags = quality.forIndicator(indicator).flags(earlier, correction.value(),
                correction.evidenceUrl());
        String subject = scope.caller().subject();
        SupersededValue replaced = current.superseded(now, subject, correction.reason().strip());
        List<SupersededValue> kept = new ArrayList<>(current.history());
        kept.add(replaced);
        Measurement corrected = new Measurement(current.id(), current.innovationId(), current.indicatorId(),
                current.regionCode(), current.opdCode(), current.period(), current.periodEnd(), correction.value(),
                correction.note(), correction.evidenceUrl(), subject, now, false, List.of(),
                Submission.sourceOf(correction.source(), scope.caller()), now, List.copyOf(flags),
                current.revision() + 1, kept, current.batchId());
        OutboxEvent announced = OutboxEvent.of(corrected.announced(
                judging.assess(indicator, checked.period(), correction.value(), earlier)));
        OutboxEvent audited = AuditEntry.of(Measurement.AUDIT_ENTITY, id, "supersede", current.regionCode(),
                current.opdCode(), MeasurementView.of(current), MeasurementView.of(corrected)).toOutbox();
        Update update = new Update()
                .set("value", corrected.value())
                .set("note", corrected.note())
                .set("evidenceUrl", corrected.evidenceUrl())
                .set("source", corrected.source())
                .set("submittedBy", subject)
                .set("measuredAt", now)
                .set("receivedAt", now)
                .set("flags", corrected.flags())
                .set("revision", corrected.revision())
                .set("judged", false)
                .push("history", replaced)
                .push("outbox").each(announced, audited);
        Criteria sameRevision = Criteria.where("revision").is(current.revision());
        if (current.revision() == 1) {
            // a measurement stored before revisions were counted has none: it is still its first value
            sameRevision = new Criteria().orOperator(sameRevision, Criteria.where("revision").exists(false));
        }
        Criteria unchanged = new Criteria().andOperator(Criteria.where("_id").is(id), sameRevision);
        if (mongo.updateFirst(Query.query(unchanged), update, Measurement.class).getMatchedCount() == 0) {
            throw ApiProblem.preconditionFailed("measurement-changed", id, current.revision());
        }
        relay.relaySoon(Measurement.COLLECTION, List.of(id));
        Measurement written = corrected.withOutbox(announced).withOutbox(audited);
        return MeasurementView.of(written, IndicatorStatusView.of(indicator, measurementJudging.judgeOrLeave(written)));
    }
}
