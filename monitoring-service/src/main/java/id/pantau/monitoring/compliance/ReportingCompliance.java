package id.pantau.monitoring.compliance;

import id.pantau.calendar.WorkingCalendar;
import id.pantau.defaults.outbox.OutboxEvent;
import id.pantau.defaults.outbox.OutboxRelay;
import id.pantau.events.PantauEvent;
import id.pantau.events.Period;
import id.pantau.events.ReportDueSoon;
import id.pantau.events.ReportOverdue;
import id.pantau.monitoring.IdChunks;
import id.pantau.monitoring.indicator.Indicator;
import id.pantau.monitoring.region.RegionZones;
import id.pantau.monitoring.settings.EffectiveSettings;
import id.pantau.monitoring.settings.SettingsCatalog;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Follows every indicator's reports period by period: due date = period end + the region's grace working days
 * (counted in the region's time zone), due soon a few working days before, overdue when nothing arrived by then,
 * severely overdue once the next period is due too. A review compares each period's state today with the stored
 * one and announces a change into due soon ({@code ReportDueSoon}) or into overdue ({@code ReportOverdue}) once, in
 * the same write as the state; reviewing again the same day changes and announces nothing.
 */
@Service
public class ReportingCompliance {

    private static final Logger log = LoggerFactory.getLogger(ReportingCompliance.class);
    private static final Set<ReportState> OVERDUE = Set.of(ReportState.OVERDUE, ReportState.SEVERELY_OVERDUE);

    private final MongoTemplate mongo;
    private final OutboxRelay relay;
    private final RegionZones regionZones;
    private final SettingsCatalog settings;
    private final WorkingCalendar calendar = WorkingCalendar.indonesia();

    public ReportingCompliance(MongoTemplate mongo, OutboxRelay relay, RegionZones regionZones,
                               SettingsCatalog settings) {
        this.mongo = mongo;
        this.relay = relay;
        this.regionZones = regionZones;
        this.settings = settings;
    }

    /** Reviews every indicator that is still measured; returns how many report states changed. */
    public int review(Instant now) {
        Function<String, ZoneId> zones = regionZones.snapshot();
        Query states = new Query();
        states.fields().include("state");
        Map<String, ReportState> known = new HashMap<>();
        for (Document document : mongo.find(states, Document.class, "report_periods")) {
            known.put(document.getString("_id"), ReportState.valueOf(document.getString("state")));
        }
        int changed = 0;
        try (Stream<Indicator> indicators = mongo.stream(new Query(), Indicator.class)) {
            for (Indicator indicator : (Iterable<Indicator>) indicators::iterator) {
                if (isFollowed(indicator)) {
                    try {
                        changed += review(indicator, zones.apply(indicator.regionCode()), now, known);
                    } catch (RuntimeException e) {
                        log.warn("Reports of indicator {} stay unreviewed until the next round: {}",
                                indicator.indicatorId(), e.toString());
                    }
                }
            }
        }
        if (changed > 0) {
            relay.relaySoon();
        }
        return changed;
    }

    /** The reports of these periods arrived: they are submitted, whatever their state was. */
    public void submitted(Collection<String> indicatorPeriodKeys, Instant at) {
        if (indicatorPeriodKeys.isEmpty()) {
            return;
        }
        // asked by id alone, which every store answers from the id index; a period's report is submitted once, by
        // the one measurement its unique (indicator, period) index lets in, so none is marked between read and write
        List<Object> open = new ArrayList<>();
        for (List<String> chunk : IdChunks.of(List.copyOf(indicatorPeriodKeys))) {
            Query followed = Query.query(Criteria.where("_id").in(chunk));
            followed.fields().include("submittedAt");
            mongo.find(followed, Document.class, "report_periods").stream()
                    .filter(report -> report.get("submittedAt") == null).forEach(report -> open.add(report.get("_id")));
        }
        for (List<Object> chunk : IdChunks.of(open)) {
            mongo.updateMulti(Query.query(Criteria.where("_id").in(chunk)),
                    new Update().set("state", ReportState.SUBMITTED).set("submittedAt", at).set("updatedAt", at),
                    ReportPeriod.class);
        }
    }

    /** The key by which {@link #submitted} names a period's report. */
    public static String key(String indicatorId, String period) {
        return ReportPeriod.key(indicatorId, period);
    }

    /** Whether any of the indicator's reports is overdue: there is no data to judge it by until one arrives. */
    public boolean isOverdue(String indicatorId) {
        return mongo.exists(Query.query(Criteria.where("indicatorId").is(indicatorId).and("state").in(OVERDUE)),
                ReportPeriod.class);
    }

    /** Those of the indicators with an overdue report. */
    public Set<String> overdue(Collection<String> indicatorIds) {
        Query query = Query.query(Criteria.where("indicatorId").in(indicatorIds).and("state").in(OVERDUE));
        query.fields().include("indicatorId");
        return mongo.find(query, Document.class, "report_periods").stream()
                .map(document -> document.getString("indicatorId")).collect(Collectors.toSet());
    }

    private int review(Indicator indicator, ZoneId zone, Instant now, Map<String, ReportState> known) {
        LocalDate today = now.atZone(zone).toLocalDate();
        EffectiveSettings inEffect = settings.forRegion(indicator.regionCode());
        int grace = inEffect.settings().graceWorkingDays();
        int dueSoon = inEffect.settings().dueSoonWorkingDays();
        List<Period> periods = ReportingPeriods.between(indicator.startDate(), indicator.deadline(),
                indicator.frequency());
        List<ReportDeadline> deadlines = periods.stream().map(period -> ReportDeadline.of(period, grace, dueSoon,
                calendar)).toList();
        Map<String, Instant> arrived = null;
        int changed = 0;
        for (int i = 0; i < periods.size(); i++) {
            Period period = periods.get(i);
            ReportDeadline deadline = deadlines.get(i);
            String key = ReportPeriod.key(indicator.indicatorId(), period.code());
            ReportState before = known.get(key);
            boolean followed = !today.isBefore(deadline.dueSoonFrom()) || period.end().isBefore(today);
            if (!followed || before == ReportState.SUBMITTED) {
                continue;
            }
            if (arrived == null) {
                arrived = arrivals(indicator.indicatorId());
            }
            Instant submittedAt = arrived.get(period.code());
            LocalDate nextDue = i + 1 < deadlines.size() ? deadlines.get(i + 1).dueDate() : null;
            ReportState state = ReportState.on(today, deadline, nextDue, submittedAt != null);
            if (state != before
                    && write(indicator, period, deadline, zone, before, state, submittedAt, now, inEffect.label())) {
                known.put(key, state);
                changed++;
            }
        }
        return changed;
    }

    /** Stores the new state with its announcement; false when another review got there first. */
    private boolean write(Indicator indicator, Period period, ReportDeadline deadline, ZoneId zone, ReportState before,
                          ReportState state, Instant submittedAt, Instant now, String settingsVersion) {
        Optional<OutboxEvent> announcement = announcement(indicator, period, deadline, before, state, now)
                .map(OutboxEvent::of);
        String key = ReportPeriod.key(indicator.indicatorId(), period.code());
        if (before == null) {
            try {
                mongo.insert(new ReportPeriod(key, indicator.indicatorId(), indicator.innovationId(),
                        indicator.regionCode(), indicator.opdCode(), indicator.name(), period.code(), period.end(),
                        deadline.dueSoonFrom(), deadline.dueDate(),
                        deadline.dueBy(zone), state, submittedAt, now, settingsVersion,
                        announcement.map(List::of).orElse(List.of())));
                return true;
            } catch (DuplicateKeyException reviewedConcurrently) {
                return false;
            }
        }
        Update update = new Update().set("state", state).set("updatedAt", now);
        if (submittedAt != null) {
            update.set("submittedAt", submittedAt);
        }
        announcement.ifPresent(event -> update.push("outbox", event));
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(key).and("state").is(before)), update,
                ReportPeriod.class).getMatchedCount() == 1;
    }

    /** Entering due soon, or entering overdue from a state that was not, is announced; nothing else is. */
    private static Optional<PantauEvent> announcement(Indicator indicator, Period period, ReportDeadline deadline,
                                                      ReportState before, ReportState state, Instant now) {
        boolean wasOverdue = before != null && before.isOverdue();
        if (state.isOverdue() && !wasOverdue) {
            return Optional.of(new ReportOverdue(indicator.innovationId(), indicator.indicatorId(),
                    indicator.regionCode(), indicator.opdCode(), indicator.name(), period.code(), deadline.dueDate(),
                    now));
        }
        if (state == ReportState.DUE_SOON && (before == null || before == ReportState.NOT_DUE)) {
            return Optional.of(new ReportDueSoon(indicator.innovationId(), indicator.indicatorId(),
                    indicator.regionCode(), indicator.opdCode(), indicator.name(), period.code(), deadline.dueDate(),
                    now));
        }
        return Optional.empty();
    }

    /** When each period's measurement of the indicator arrived. */
    private Map<String, Instant> arrivals(String indicatorId) {
        Query query = Query.query(Criteria.where("indicatorId").is(indicatorId));
        query.fields().include("period", "receivedAt", "measuredAt");
        Map<String, Instant> arrived = new HashMap<>();
        for (Document document : mongo.find(query, Document.class, "measurements")) {
            Date at = document.getDate(document.containsKey("receivedAt") ? "receivedAt" : "measuredAt");
            arrived.put(document.getString("period"), at == null ? Instant.EPOCH : at.toInstant());
        }
        return arrived;
    }

    private static boolean isFollowed(Indicator indicator) {
        return !indicator.isRetired() && !indicator.isClosed() && indicator.frequency() != null && indicator.startDate() != null
                && indicator.deadline() != null;
    }
}
