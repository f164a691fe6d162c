package id.pantau.monitoring.measurement;

import id.pantau.monitoring.indicator.Indicator;
import id.pantau.monitoring.indicator.IndicatorRepository;
import id.pantau.monitoring.judging.IndicatorJudging;
import id.pantau.monitoring.judging.IndicatorStatus;
import id.pantau.events.Period;
import id.pantau.monitoring.judging.Forecast;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Judges the indicator of a stored measurement by the indicator's LATEST measured period (a late measurement
 * for an earlier period does not decide the state of a last value, though it moves a flow trend's running total
 * through the latest period, which is then checked against what is stored: {@link RunningTotalCheck}), then marks the
 * measurement judged.
 */
@Component
class MeasurementJudging {

    private static final Logger log = LoggerFactory.getLogger(MeasurementJudging.class);

    private final IndicatorRepository indicators;
    private final MeasurementRepository measurements;
    private final IndicatorJudging judging;
    private final StoredValues stored;
    private final RunningTotalCheck runningTotalCheck;
    private final MongoTemplate mongo;

    MeasurementJudging(IndicatorRepository indicators, MeasurementRepository measurements, IndicatorJudging judging,
                       StoredValues stored, RunningTotalCheck runningTotalCheck, MongoTemplate mongo) {
        this.stored = stored;
        this.runningTotalCheck = runningTotalCheck;
        this.indicators = indicators;
        this.measurements = measurements;
        this.judging = judging;
        this.mongo = mongo;
    }

    /**
     * Judges right after a write; the measurement is stored whatever happens here: if judging fails, the schedule
     * judges it later. Null when it was not judged now.
     */
    IndicatorStatus judgeOrLeave(Measurement measurement) {
        try {
            return judge(measurement).orElse(null);
        } catch (RuntimeException e) {
            log.warn("Measurement {} accepted but not judged yet: {}", measurement.id(), e.toString());
            return null;
        }
    }

    Optional<IndicatorStatus> judge(Measurement measurement) {
        Optional<Indicator> indicator = indicators.findById(measurement.indicatorId());
        if (indicator.isEmpty()) {
            return Optional.empty();
        }
        List<StoredValues.Stored> stored = this.stored.of(List.of(indicator.get()))
                .getOrDefault(measurement.indicatorId(), List.of());
        Measurement latest = latest(measurement, stored);
        Period period = Period.parse(latest.period(), indicator.get().frequency()).orElseThrow(() ->
                new IllegalStateException("stored period " + latest.period() + " does not match the indicator's "
                        + indicator.get().frequency() + " frequency"));
        List<Forecast.Point> history = stored.stream()
                .map(value -> new Forecast.Point(value.periodEnd(), value.value())).toList();
        IndicatorStatus status = judging.judge(indicator.get(), period, latest.value(), latest.flags(), history);
        if (!runningTotalCheck.settle(List.of(indicator.get())).isEmpty()) {
            status = judging.find(indicator.get().indicatorId()).orElse(status);
        }
        // $set, not a save: the relay may be pulling from this document's outbox at the same time
        mongo.updateFirst(Query.query(Criteria.where("_id").is(measurement.id())),
                Update.update("judged", true), Measurement.class);
        return Optional.of(status);
    }

    /**
     * The measurement of the indicator's latest period, found by id among the values read (not by a query sorted by
     * period, which the wire server would answer by a scan); the one being judged when none is later.
     */
    private Measurement latest(Measurement measurement, List<StoredValues.Stored> stored) {
        if (stored.isEmpty()) {
            return measurement;
        }
        StoredValues.Stored last = stored.get(stored.size() - 1);
        if (last.id().equals(measurement.id()) || !last.periodEnd().isAfter(measurement.periodEnd())) {
            return measurement;
        }
        return measurements.findById(last.id()).orElse(measurement);
    }
}
