package id.pantau.monitoring.measurement;

import id.pantau.defaults.audit.AuditEntry;
import id.pantau.defaults.outbox.OutboxRelay;
import id.pantau.defaults.problem.ApiProblem;
import id.pantau.defaults.security.Scope;
import id.pantau.defaults.time.Moments;
import id.pantau.monitoring.indicator.Indicator;
import id.pantau.monitoring.indicator.IndicatorRepository;
import id.pantau.monitoring.judging.IndicatorJudging;
import id.pantau.monitoring.judging.IndicatorStatus;
import id.pantau.events.Period;
import id.pantau.monitoring.status.IndicatorStatusView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Accepts a measurement: checked against the caller's scope and validated against this service's copy of the
 * indicator (nothing is written when it is refused), stored with its {@code IndicatorMeasured} event carrying
 * the judgement of its period and its audit entry, then the indicator's slip state is judged.
 */
@Service
class MeasurementIntake {

    private static final Logger log = LoggerFactory.getLogger(MeasurementIntake.class);

    private final IndicatorRepository indicators;
    private final MeasurementJudging judging;
    private final IndicatorJudging indicatorJudging;
    private final MongoTemplate mongo;
    private final OutboxRelay relay;

    MeasurementIntake(IndicatorRepository indicators, MeasurementJudging judging,
                      IndicatorJudging indicatorJudging, MongoTemplate mongo, OutboxRelay relay) {
        this.indicatorJudging = indicatorJudging;
        this.indicators = indicators;
        this.judging = judging;
        this.mongo = mongo;
        this.relay = relay;
    }

    MeasurementView submit(MeasurementRequest request, Scope scope) {
        // an indicator the caller cannot read is answered like one that has not arrived: its existence stays hidden
        Indicator indicator = indicators.findReadable(request.indicatorId(), scope).orElseThrow(() ->
                ApiProblem.unprocessable("unknown-indicator", "indicatorId", "indicator-unknown", request.indicatorId()));
        scope.checkWrite(indicator.regionCode(), indicator.opdCode());
        Period period = MeasurementRules.validate(request, indicator);
        Measurement accepted = Measurement.accepted(request, indicator, period, scope.caller().subject(),
                Moments.now(), indicatorJudging.assess(indicator, period, request.value()));
        Measurement measurement = accepted.audited(AuditEntry.of(Measurement.AUDIT_ENTITY, accepted.id(), "submit",
                accepted.regionCode(), accepted.opdCode(), null, MeasurementView.of(accepted)));
        try {
            mongo.insert(measurement);
        } catch (DuplicateKeyException periodAlreadyMeasured) {
            // the unique (indicator, period) index decides, also between concurrent submissions
            throw exists(indicator, period);
        }
        relay.relaySoon();
        return MeasurementView.of(measurement, IndicatorStatusView.of(indicator, judge(measurement)));
    }

    /** The measurement is stored whatever happens here: if judging fails, the schedule judges it later. */
    private IndicatorStatus judge(Measurement measurement) {
        try {
            return judging.judge(measurement).orElse(null);
        } catch (RuntimeException e) {
            log.warn("Measurement {} accepted but not judged yet: {}", measurement.id(), e.toString());
            return null;
        }
    }

    private static ApiProblem exists(Indicator indicator, Period period) {
        return ApiProblem.conflict("measurement-exists", indicator.indicatorId(), period.code());
    }
}
