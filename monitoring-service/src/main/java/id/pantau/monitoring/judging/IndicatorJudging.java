package id.pantau.monitoring.judging;

import id.pantau.defaults.outbox.OutboxEvent;
import id.pantau.defaults.outbox.OutboxRelay;
import id.pantau.defaults.time.Moments;
import id.pantau.events.PantauEvent;
import id.pantau.monitoring.indicator.Indicator;
import id.pantau.monitoring.quality.QualityFlag;
import id.pantau.events.Period;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Stores an indicator's judgement and, in the same write, the event its change of slip state announces.
 * The status only moves forward: a period earlier than the one it was judged on changes nothing, so a late
 * measurement (or a judging that lost a race) cannot flip the current state. Judging again with the same
 * input announces nothing, so judging is safe to repeat. A period is judged by the target and deadline in force
 * when it ended ({@link Indicator#inForceOn}).
 */
@Service
public class IndicatorJudging {

    private static final int ATTEMPTS = 5;

    private final MongoTemplate mongo;
    private final OutboxRelay relay;
    private final Tolerances tolerances;
    private final HealthThresholds thresholds;

    public IndicatorJudging(MongoTemplate mongo, OutboxRelay relay, Tolerances tolerances, HealthThresholds thresholds) {
        this.mongo = mongo;
        this.relay = relay;
        this.tolerances = tolerances;
        this.thresholds = thresholds;
    }

    /**
     * The judgement of one period on its own (expected value, progress ratio, capaian, health), as
     * {@code IndicatorMeasured} carries it; the slip state needs the indicator's history and comes from
     * {@link #judge}.
     */
    public Judgement assess(Indicator indicator, Period period, BigDecimal actual) {
        return new IndicatorJudge(tolerances.forRegion(indicator.regionCode()), thresholds)
                .judge(indicator.inForceOn(period.end()), period, actual, null);
    }

    /**
     * Judges the indicator by the measurement of {@code period}, which the caller found to be its latest, with that
     * value's data-quality flags.
     */
    public IndicatorStatus judge(Indicator indicator, Period period, BigDecimal actual, List<QualityFlag> flags) {
        IndicatorJudge judge = new IndicatorJudge(tolerances.forRegion(indicator.regionCode()), thresholds);
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            IndicatorStatus current = mongo.findById(indicator.indicatorId(), IndicatorStatus.class);
            if (current != null && current.periodEnd() != null && current.periodEnd().isAfter(period.end())) {
                return current;
            }
            Slip before = current == null ? null : current.currentSlip();
            Judgement judgement = judge.judge(indicator.inForceOn(period.end()), period, actual, before);
            // MongoDB keeps milliseconds: the answer should not show more than a later read can
            Instant now = Moments.now();
            Optional<PantauEvent> announcement = SlipAnnouncements.of(indicator, before, judgement, now);
            IndicatorStatus next = new IndicatorStatus(indicator.indicatorId(), indicator.innovationId(),
                    indicator.regionCode(), indicator.opdCode(), judgement.period(), period.end(), judgement.actual(),
                    judgement.expected(), judgement.progressRatio(), judgement.capaian(), judgement.health(),
                    slipState(current, judgement, now), now, current == null ? 0 : current.version() + 1,
                    announcement.map(OutboxEvent::of).map(List::of).orElse(List.of()), flags);
            if (write(current, next)) {
                announcement.ifPresent(event -> relay.relaySoon());
                return next;
            }
        }
        throw new OptimisticLockingFailureException("indicator " + indicator.indicatorId()
                + " was judged concurrently " + ATTEMPTS + " times in a row");
    }

    public Optional<IndicatorStatus> find(String indicatorId) {
        return Optional.ofNullable(mongo.findById(indicatorId, IndicatorStatus.class));
    }

    private static SlipState slipState(IndicatorStatus current, Judgement judgement, Instant now) {
        Slip slip = judgement.slip();
        if (slip == null) {
            return null;
        }
        if (current != null && slip.equals(current.currentSlip())) {
            return current.slip();
        }
        return new SlipState(slip.severity(), slip.rule(), judgement.period(), now);
    }

    /** Inserts the first status or updates the one read, pushing onto (never replacing) pending outbox events. */
    private boolean write(IndicatorStatus current, IndicatorStatus next) {
        if (current == null) {
            try {
                mongo.insert(next);
                return true;
            } catch (DuplicateKeyException judgedConcurrently) {
                return false;
            }
        }
        // region and OPD too: a status judged before it kept them gains them
        Update update = new Update()
                .set("regionCode", next.regionCode())
                .set("opdCode", next.opdCode())
                .set("period", next.period())
                .set("periodEnd", next.periodEnd())
                .set("actual", next.actual())
                .set("expected", next.expected())
                .set("progressRatio", next.progressRatio())
                .set("capaian", next.capaian())
                .set("health", next.health())
                .set("slip", next.slip())
                .set("judgedAt", next.judgedAt())
                .set("version", next.version())
                .set("flags", next.flags());
        next.outbox().forEach(event -> update.push("outbox", event));
        Query unchanged = Query.query(Criteria.where("_id").is(current.indicatorId()).and("version").is(current.version()));
        return mongo.updateFirst(unchanged, update, IndicatorStatus.class).getMatchedCount() == 1;
    }
}
