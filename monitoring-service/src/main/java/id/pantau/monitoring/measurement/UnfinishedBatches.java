package id.pantau.monitoring.measurement;

import id.pantau.defaults.outbox.OutboxEvent;
import id.pantau.defaults.time.Moments;
import id.pantau.events.Period;
import id.pantau.monitoring.IdChunks;
import id.pantau.monitoring.indicator.Indicator;
import id.pantau.monitoring.indicator.IndicatorRepository;
import id.pantau.monitoring.judging.IndicatorJudging;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finishes the batches that the service stopped in the middle of: it announces the stored measurements of a batch
 * not announced yet, with the judgement of their periods as intake would have made it, then judges their
 * indicators and marks the batch judged. Like {@link UnjudgedMeasurements} it runs every
 * {@code pantau.monitoring.rejudge-interval} and takes only batches received at least one interval ago, which their
 * own request has finished or given up. Finishing twice is harmless: judging again announces nothing new.
 */
@Component
class UnfinishedBatches {

    private static final Logger log = LoggerFactory.getLogger(UnfinishedBatches.class);
    private static final int BATCHES_PER_ROUND = 10;

    private final MeasurementBatches batches;
    private final IndicatorRepository indicators;
    private final StoredValues storedValues;
    private final IndicatorJudging judging;
    private final MeasurementJudging measurementJudging;
    private final MongoTemplate mongo;
    private final Duration grace;

    UnfinishedBatches(MeasurementBatches batches, IndicatorRepository indicators, StoredValues storedValues,
                      IndicatorJudging judging, MeasurementJudging measurementJudging, MongoTemplate mongo,
                      @Value("${pantau.monitoring.rejudge-interval:1m}") Duration grace) {
        this.batches = batches;
        this.indicators = indicators;
        this.storedValues = storedValues;
        this.judging = judging;
        this.measurementJudging = measurementJudging;
        this.mongo = mongo;
        this.grace = grace;
    }

    @Scheduled(fixedDelayString = "${pantau.monitoring.rejudge-interval:1m}")
    void finishLeftovers() {
        for (MeasurementBatch batch : batches.unfinished(Moments.now().minus(grace), BATCHES_PER_ROUND)) {
            try {
                finish(batch);
            } catch (RuntimeException e) {
                log.warn("Batch {} stays unfinished until the next round: {}", batch.id(), e.toString());
            }
        }
    }

    void finish(MeasurementBatch batch) {
        List<Measurement> stored = storedOf(batch);
        Map<String, Indicator> byId = indicators.findAllById(stored.stream().map(Measurement::indicatorId)
                        .collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(Indicator::indicatorId, Function.identity()));
        if (!batch.announced()) {
            batches.announce(batch, stored, announcements(stored, byId));
        }
        // one judging per indicator: it judges by the indicator's latest stored period whichever is named
        Map<String, Measurement> oneEach = stored.stream().collect(Collectors.toMap(Measurement::indicatorId,
                Function.identity(), (a, b) -> a));
        for (Measurement measurement : oneEach.values()) {
            measurementJudging.judge(measurement);
        }
        batches.judged(batch.id());
        log.info("Finished batch {} left unfinished: {} measurements", batch.id(), stored.size());
    }

    /** The batch's measurements that are stored: those another request's measurement kept out are not. */
    private List<Measurement> storedOf(MeasurementBatch batch) {
        List<Measurement> stored = new ArrayList<>();
        for (List<String> chunk : IdChunks.of(batch.measurementIds())) {
            mongo.find(Query.query(Criteria.where("_id").in(chunk)), Measurement.class).stream()
                    .filter(measurement -> batch.id().equals(measurement.batchId())).forEach(stored::add);
        }
        stored.sort(Comparator.comparing(Measurement::periodEnd));
        return stored;
    }

    /** Each measurement's {@code IndicatorMeasured}, with its period judged against the values stored before it. */
    private List<OutboxEvent> announcements(Collection<Measurement> stored, Map<String, Indicator> byId) {
        Map<String, List<StoredValues.Stored>> values = storedValues.of(byId.values());
        List<OutboxEvent> events = new ArrayList<>();
        for (Measurement measurement : stored) {
            Indicator indicator = byId.get(measurement.indicatorId());
            Period period = indicator == null ? null
                    : Period.parse(measurement.period(), indicator.frequency()).orElse(null);
            if (period == null) {
                log.warn("Measurement {} of batch {} cannot be judged: its indicator is gone or its period does not "
                        + "match", measurement.id(), measurement.batchId());
                continue;
            }
            List<BigDecimal> earlier = StoredValues.before(
                    values.getOrDefault(indicator.indicatorId(), List.of()), period.end());
            events.add(OutboxEvent.of(measurement.announced(
                    judging.assess(indicator, period, measurement.value(), earlier))));
        }
        return events;
    }
}
