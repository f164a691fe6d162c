package id.pantau.monitoring.measurement;

import id.pantau.defaults.audit.AuditEntry;
import id.pantau.defaults.outbox.OutboxRelay;
import id.pantau.defaults.problem.ApiProblem;
import id.pantau.defaults.security.Scope;
import id.pantau.defaults.time.Moments;
import id.pantau.events.Period;
import id.pantau.monitoring.compliance.ReportingCompliance;
import id.pantau.monitoring.indicator.Indicator;
import id.pantau.monitoring.indicator.IndicatorRepository;
import id.pantau.monitoring.judging.IndicatorJudging;
import id.pantau.monitoring.quality.QualityChecks;
import id.pantau.monitoring.quality.QualityFlag;
import id.pantau.monitoring.status.IndicatorStatusView;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Accepts one measurement: checked against the caller's scope and validated against this service's copy of the
 * indicator (nothing is written when it is refused), flagged for data quality, stored with its
 * {@code IndicatorMeasured} event carrying the judgement of its period and its audit entry, then the period's report
 * counts as submitted and the indicator's slip state is judged.
 */
@Service
class MeasurementIntake {

    private final IndicatorRepository indicators;
    private final MeasurementJudging judging;
    private final IndicatorJudging indicatorJudging;
    private final StoredValues stored;
    private final QualityChecks quality;
    private final ReportingCompliance compliance;
    private final MongoTemplate mongo;
    private final OutboxRelay relay;

    MeasurementIntake(IndicatorRepository indicators, MeasurementJudging judging, IndicatorJudging indicatorJudging,
                      StoredValues stored, QualityChecks quality, ReportingCompliance compliance, MongoTemplate mongo,
                      OutboxRelay relay) {
        this.compliance = compliance;
        this.indicators = indicators;
        this.judging = judging;
        this.indicatorJudging = indicatorJudging;
        this.stored = stored;
        this.quality = quality;
        this.mongo = mongo;
        this.relay = relay;
    }

    MeasurementView submit(MeasurementRequest request, Scope scope) {
        // an indicator the caller cannot read is answered like one that has not arrived: its existence stays hidden
        Indicator indicator = indicators.findReadable(request.indicatorId(), scope).orElseThrow(() ->
                ApiProblem.unprocessable("unknown-indicator", "indicatorId", "indicator-unknown", request.indicatorId()));
        scope.checkWrite(indicator.regionCode(), indicator.opdCode());
        if (indicator.isRetired()) {
            throw ApiProblem.unprocessable("indicator-retired", "indicatorId", "indicator-retired", indicator.indicatorId());
        }
        if (indicator.isClosed()) {
            throw ApiProblem.unprocessable("innovation-closed", "innovationId", "innovation-closed",
                    indicator.innovationId(), indicator.innovationStage());
        }
        Instant now = Moments.now();
        Period period = MeasurementRules.validate(request, indicator, now);
        Submission submission = new Submission(indicator, period, request.value(), request.note(),
                request.evidenceUrl(), request.measuredAt(), Submission.sourceOf(request.source(), scope.caller()));
        List<StoredValues.Stored> history = stored.of(List.of(indicator))
                .getOrDefault(indicator.indicatorId(), List.of());
        List<BigDecimal> earlier = StoredValues.before(history, period.end());
        Set<QualityFlag> flags = quality.forIndicator(indicator).flags(earlier, request.value(), request.evidenceUrl());
        Measurement accepted = Measurement.accepted(Measurement.idOf(indicator.indicatorId(), period.code()),
                submission, scope.caller().subject(), now,
                indicatorJudging.assess(indicator, period, request.value(), earlier), flags);
        Measurement measurement = accepted.audited(AuditEntry.of(Measurement.AUDIT_ENTITY, accepted.id(), "submit",
                accepted.regionCode(), accepted.opdCode(), null, MeasurementView.of(accepted)));
        try {
            mongo.insert(measurement);
        } catch (DuplicateKeyException periodAlreadyMeasured) {
            // the unique (indicator, period) index decides, also between concurrent submissions
            throw ApiProblem.conflict("measurement-exists", indicator.indicatorId(), period.code());
        }
        relay.relaySoon(Measurement.COLLECTION, List.of(measurement.id()));
        compliance.submitted(List.of(ReportingCompliance.key(indicator.indicatorId(), period.code())), now);
        return MeasurementView.of(measurement, IndicatorStatusView.of(indicator, judging.judgeOrLeave(measurement)));
    }
}
