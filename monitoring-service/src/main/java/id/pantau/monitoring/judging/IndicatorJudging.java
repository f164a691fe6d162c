package id.pantau.monitoring.judging;

import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.WriteModel;
import id.pantau.defaults.outbox.OutboxEvent;
import id.pantau.defaults.outbox.OutboxRelay;
import id.pantau.defaults.time.Moments;
import id.pantau.events.ForecastMissProjected;
import id.pantau.events.IndicatorHealth;
import id.pantau.events.IndicatorKind;
import id.pantau.events.PantauEvent;
import id.pantau.events.SlipRule;
import id.pantau.monitoring.IdChunks;
import id.pantau.monitoring.MonitoringProperties;
import id.pantau.monitoring.indicator.Indicator;
import id.pantau.monitoring.quality.QualityFlag;
import id.pantau.monitoring.settings.EffectiveSettings;
import id.pantau.monitoring.settings.RegionSettings;
import id.pantau.monitoring.settings.SettingsCatalog;
import id.pantau.events.Period;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Stores an indicator's judgement and, in the same write, the event its change of slip state announces.
 * The status only moves forward: a period earlier than the one it was judged on changes nothing, so a late
 * measurement (or a judging that lost a race) cannot flip the current state. Judging again with the same
 * input announces nothing, so judging is safe to repeat. A period is judged by the target and deadline in force
 * when it ended ({@link Indicator#inForceOn}). A flow trend is judged by its running total, summed from the values
 * stored now, so judging its latest period again after an earlier period arrived late or was corrected moves it.
 */
@Service
public class IndicatorJudging {

    private static final Logger log = LoggerFactory.getLogger(IndicatorJudging.class);
    /** What a judging sets; the indicator's id and innovation stay, and the events are pushed. */
    private static final List<String> JUDGED_FIELDS = List.of("regionCode", "opdCode", "period", "periodEnd", "actual",
            "periodValue", "expected", "progressRatio", "capaian", "health", "slip", "judgedAt", "version", "flags",
            "forecast", "forecastMissAnnounced", "band", "settingsVersion");
    private static final int ATTEMPTS = 5;
    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;
    private final OutboxRelay relay;
    private final SettingsCatalog settings;
    private final int forecastPoints;

    public IndicatorJudging(MongoTemplate mongo, OutboxRelay relay, SettingsCatalog settings,
                            MonitoringProperties properties) {
        this.forecastPoints = properties.forecastPoints();
        this.mongo = mongo;
        this.relay = relay;
        this.settings = settings;
    }

    /**
     * The judgement of one period on its own (expected value, progress ratio, capaian, health), as
     * {@code IndicatorMeasured} carries it; the slip state needs the indicator's history and comes from
     * {@link #judge}. A flow trend's period is judged by its running total: {@code value} plus the values of the
     * earlier periods.
     *
     * @param value   the period's own value
     * @param earlier the values of the indicator's periods before this one
     */
    public Judgement assess(Indicator indicator, Period period, BigDecimal value, Collection<BigDecimal> earlier) {
        return judgeOf(settings.forRegion(indicator.regionCode()).settings())
                .judge(indicator.inForceOn(period.end()), period, RunningTotal.of(indicator, value, earlier), null);
    }

    /**
     * Judges the indicator by the measurement of {@code period}, which the caller found to be its latest, with that
     * value's data-quality flags and the indicator's values so far ({@code history}, oldest first, this one
     * included), from which a flow trend's running total is summed and through which the forecast is drawn. A
     * projected miss is announced once while the indicator is not slipping.
     *
     * @param value the period's own value
     * @param flags its data-quality flags; null to keep those the status shows for the same period
     */
    public IndicatorStatus judge(Indicator indicator, Period period, BigDecimal value, List<QualityFlag> flags,
                                 List<Forecast.Point> history) {
        Forecast forecast = forecastOf(indicator, history);
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            IndicatorStatus current = mongo.findById(indicator.indicatorId(), IndicatorStatus.class);
            if (current != null && current.periodEnd() != null && current.periodEnd().isAfter(period.end())) {
                return current;
            }
            IndicatorStatus next = next(indicator, period, value, history, flags, forecast, current);
            if (write(current, next)) {
                if (!next.outbox().isEmpty()) {
                    relay.relaySoon(IndicatorStatus.COLLECTION, List.of(next.indicatorId()));
                }
                return next;
            }
        }
        throw new OptimisticLockingFailureException("indicator " + indicator.indicatorId()
                + " was judged concurrently " + ATTEMPTS + " times in a row");
    }

    /** One indicator to judge by its latest period, with what {@link #judge} takes. */
    public record Request(Indicator indicator, Period period, BigDecimal value, List<QualityFlag> flags,
                          List<Forecast.Point> history) {
    }

    /**
     * Judges many indicators as {@link #judge} does one, with the same outcome, in a fixed number of round trips:
     * their statuses in one read by id, then the first statuses inserted and the others updated (each guarded by
     * the version read) in one bulk write. An indicator whose write met another judging's is judged again on its
     * own, which is safe because judging repeats without announcing twice.
     *
     * @return the indicators judged (those whose status was already on a later period included); one that failed
     *         even on its own is left out, for the schedule
     */
    public Set<String> judgeAll(List<Request> requests) {
        if (requests.isEmpty()) {
            return Set.of();
        }
        Map<String, IndicatorStatus> statuses = findAll(requests.stream().map(r -> r.indicator().indicatorId()).toList());
        Set<String> judged = new HashSet<>();
        List<Request> inserted = new ArrayList<>();
        List<IndicatorStatus> insertedNext = new ArrayList<>();
        List<Request> updated = new ArrayList<>();
        List<IndicatorStatus> updatedNext = new ArrayList<>();
        for (Request request : requests) {
            IndicatorStatus current = statuses.get(request.indicator().indicatorId());
            if (current != null && current.periodEnd() != null && current.periodEnd().isAfter(request.period().end())) {
                judged.add(request.indicator().indicatorId());
                continue;
            }
            IndicatorStatus next = next(request.indicator(), request.period(), request.value(), request.history(),
                    request.flags(), forecastOf(request.indicator(), request.history()), current);
            if (current == null) {
                inserted.add(request);
                insertedNext.add(next);
            } else {
                updated.add(request);
                updatedNext.add(next);
            }
        }
        List<Request> again = new ArrayList<>(insertAll(inserted, insertedNext));
        again.addAll(updateAll(updated, updatedNext, statuses));
        Set<String> retried = again.stream().map(r -> r.indicator().indicatorId()).collect(Collectors.toSet());
        Stream.concat(inserted.stream(), updated.stream()).map(r -> r.indicator().indicatorId())
                .filter(id -> !retried.contains(id)).forEach(judged::add);
        List<String> announcing = Stream.concat(insertedNext.stream(), updatedNext.stream())
                .filter(next -> !next.outbox().isEmpty()).map(IndicatorStatus::indicatorId).toList();
        if (!announcing.isEmpty()) {
            relay.relaySoon(IndicatorStatus.COLLECTION, announcing);
        }
        for (Request request : again) {
            try {
                judge(request.indicator(), request.period(), request.value(), request.flags(), request.history());
                judged.add(request.indicator().indicatorId());
            } catch (RuntimeException e) {
                log.warn("Indicator {} is not judged yet: {}", request.indicator().indicatorId(), e.toString());
            }
        }
        return judged;
    }

    /** The statuses of these indicators, by indicator id; an indicator never judged has none. */
    public Map<String, IndicatorStatus> findAll(Collection<String> indicatorIds) {
        Map<String, IndicatorStatus> statuses = new HashMap<>();
        for (List<String> chunk : IdChunks.of(List.copyOf(indicatorIds))) {
            mongo.find(Query.query(Criteria.where("_id").in(chunk)), IndicatorStatus.class)
                    .forEach(status -> statuses.put(status.indicatorId(), status));
        }
        return statuses;
    }

    /** @return the requests whose first status another judging inserted first */
    private List<Request> insertAll(List<Request> requests, List<IndicatorStatus> next) {
        if (requests.isEmpty()) {
            return List.of();
        }
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, IndicatorStatus.class).insert(next).execute();
            return List.of();
        } catch (BulkOperationException refused) {
            List<Request> lost = new ArrayList<>();
            for (BulkWriteError error : refused.getErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw refused;
                }
                lost.add(requests.get(error.getIndex()));
            }
            return lost;
        }
    }

    /**
     * @return the requests whose guarded update did not match (another judging moved the version on); which ones
     *         is read back only when the bulk write says that some did not
     */
    private List<Request> updateAll(List<Request> requests, List<IndicatorStatus> next,
                                    Map<String, IndicatorStatus> read) {
        if (requests.isEmpty()) {
            return List.of();
        }
        List<WriteModel<Document>> updates = new ArrayList<>(next.size());
        for (IndicatorStatus status : next) {
            updates.add(guardedWrite(read.get(status.indicatorId()), status));
        }
        if (mongo.execute(IndicatorStatus.COLLECTION, statuses -> statuses.bulkWrite(updates,
                new BulkWriteOptions().ordered(false))).getMatchedCount() == requests.size()) {
            return List.of();
        }
        Map<String, IndicatorStatus> now = findAll(next.stream().map(IndicatorStatus::indicatorId).toList());
        List<Request> lost = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            IndicatorStatus written = now.get(next.get(i).indicatorId());
            if (written == null || written.version() != next.get(i).version()
                    || !Objects.equals(written.judgedAt(), next.get(i).judgedAt())) {
                lost.add(requests.get(i));
            }
        }
        return lost;
    }

    /** A trend's forecast, drawn through the values it is judged by (a flow's running totals). */
    private Forecast forecastOf(Indicator indicator, List<Forecast.Point> history) {
        return Forecast.of(indicator, RunningTotal.series(indicator, history), forecastPoints).orElse(null);
    }

    /**
     * The status that judging {@code period} by its value {@code value} (and, for a flow trend, the running total of
     * {@code history} through it) makes of {@code current}, with its announcements.
     */
    private IndicatorStatus next(Indicator indicator, Period period, BigDecimal value, List<Forecast.Point> history,
                                 List<QualityFlag> flags, Forecast forecast, IndicatorStatus current) {
        EffectiveSettings inEffect = settings.forRegion(indicator.regionCode());
        IndicatorJudge judge = judgeOf(inEffect.settings());
        Slip before = current == null ? null : current.currentSlip();
        Judgement judgement = judge.judge(indicator.inForceOn(period.end()), period,
                RunningTotal.through(indicator, period.end(), value, history), before,
                current == null ? null : current.health());
        List<QualityFlag> valueFlags = flags != null ? flags
                : current != null && period.code().equals(current.period()) ? current.flags() : List.of();
        // MongoDB keeps milliseconds: the answer should not show more than a later read can
        Instant now = Moments.now();
        List<PantauEvent> announcements = new ArrayList<>();
        SlipAnnouncements.of(indicator, before, judgement, now).ifPresent(announcements::add);
        boolean misses = forecast != null && forecast.misses();
        boolean missAnnounced = current != null && current.forecastMissAnnounced();
        if (misses && !missAnnounced && judgement.slip() == null) {
            announcements.add(new ForecastMissProjected(indicator.innovationId(), indicator.indicatorId(),
                    indicator.regionCode(), indicator.opdCode(), indicator.name(), indicator.target(),
                    indicator.deadline(), forecast.projectedAtDeadline(), forecast.projectedReachDate(), now));
            missAnnounced = true;
        }
        return new IndicatorStatus(indicator.indicatorId(), indicator.innovationId(),
                indicator.regionCode(), indicator.opdCode(), judgement.period(), period.end(), judgement.actual(),
                value, judgement.expected(), judgement.progressRatio(), judgement.capaian(), judgement.health(),
                slipState(current, judgement, now), now, current == null ? 0 : current.version() + 1,
                announcements.stream().map(OutboxEvent::of).toList(), valueFlags, forecast, misses && missAnnounced,
                inEffect.settings().capaianBands().of(judgement.capaian()), inEffect.label());
    }

    /**
     * The deadline of a trend or milestone indicator passed on {@code today} (the region's day) and its latest value
     * does not meet the target: it has missed, which is announced once, as a slip by {@code DEADLINE_MISSED}.
     * The caller makes sure there is data to judge (no overdue report).
     *
     * @return whether the status changed
     */
    public boolean deadlinePassed(Indicator indicator, LocalDate today) {
        IndicatorStatus current = mongo.findById(indicator.indicatorId(), IndicatorStatus.class);
        if (current == null || current.actual() == null || indicator.deadline() == null
                || !today.isAfter(indicator.deadline()) || indicator.kind() == IndicatorKind.BOUND) {
            return false;
        }
        Slip before = current.currentSlip();
        boolean met = indicator.kind() == IndicatorKind.MILESTONE
                ? current.actual().compareTo(BigDecimal.ONE) == 0
                : indicator.target() != null && indicator.isMetBy(current.actual());
        Slip missed = Slip.red(SlipRule.DEADLINE_MISSED);
        if (met || missed.equals(before)) {
            return false;
        }
        Instant now = Moments.now();
        Judgement judgement = new Judgement(current.period(), current.actual(), current.expected(),
                current.progressRatio(), current.capaian(), IndicatorHealth.MISSED, missed);
        List<OutboxEvent> announcement = SlipAnnouncements.of(indicator, before, judgement, now)
                .map(OutboxEvent::of).map(List::of).orElse(List.of());
        IndicatorStatus next = new IndicatorStatus(current.indicatorId(), current.innovationId(),
                current.regionCode(), current.opdCode(), current.period(), current.periodEnd(), current.actual(),
                current.periodValue(), current.expected(), current.progressRatio(), current.capaian(),
                IndicatorHealth.MISSED, slipState(current, judgement, now), now, current.version() + 1, announcement, current.flags(),
                current.forecast(), current.forecastMissAnnounced(), current.band(),
                settings.forRegion(indicator.regionCode()).label());
        if (!write(current, next)) {
            return false;
        }
        relay.relaySoon(IndicatorStatus.COLLECTION, List.of(next.indicatorId()));
        return true;
    }

    private static IndicatorJudge judgeOf(RegionSettings settings) {
        return new IndicatorJudge(new Tolerance(settings.tolerance(), settings.hysteresisMargin()),
                new HealthThresholds(settings.onTrack(), settings.behind(), settings.hysteresisMargin()));
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
        return mongo.execute(IndicatorStatus.COLLECTION,
                statuses -> statuses.bulkWrite(List.of(guardedWrite(current, next)))).getMatchedCount() == 1;
    }

    /**
     * The status as it was read, by id and version: its index lets the store find it without a scan. The id as the
     * mapping stores it: an indicator id that reads as an ObjectId (innovation-service's do) is kept as one.
     */
    private Document unchanged(IndicatorStatus current) {
        return new Document("_id", mongo.getConverter().convertId(current.indicatorId(), ObjectId.class))
                .append("version", current.version());
    }

    /**
     * The write that turns {@code current}, as it was read, into {@code next}, if no other judging came between. A
     * status with no events pending is replaced whole (the relay has nothing in it to remove meanwhile), which the
     * MongoDB wire server does without applying each field; one with events pending is updated field by field, its
     * new events pushed after them, so that the relay's removal of those it delivered cannot be undone.
     */
    private WriteModel<Document> guardedWrite(IndicatorStatus current, IndicatorStatus next) {
        if (current.outbox() == null || current.outbox().isEmpty()) {
            return new ReplaceOneModel<>(unchanged(current), written(next));
        }
        return new UpdateOneModel<>(unchanged(current), update(next));
    }

    /**
     * The judgement's fields, as the converter writes the whole status, and its events pushed onto (never replacing)
     * the pending ones. Written as a document of the driver's: the update mapper resolves every key against the
     * mapping again, which cost a batch's judging more than computing the judgements did.
     */
    private Document update(IndicatorStatus next) {
        Document written = written(next);
        Document set = new Document();
        // region and OPD too: a status judged before it kept them gains them
        for (String field : JUDGED_FIELDS) {
            set.put(field, written.get(field));
        }
        Document update = new Document("$set", set);
        if (!next.outbox().isEmpty()) {
            update.put("$push", new Document("outbox", new Document("$each", written.get("outbox"))));
        }
        return update;
    }

    /** The status as the converter writes it, ids converted as the mapping stores them. */
    private Document written(IndicatorStatus status) {
        Document written = new Document();
        mongo.getConverter().write(status, written);
        return written;
    }
}
