package id.pantau.monitoring.judging;

import id.pantau.events.IndicatorKind;
import id.pantau.monitoring.compliance.ReportingCompliance;
import id.pantau.monitoring.indicator.Indicator;
import id.pantau.monitoring.region.RegionZones;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Function;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The time-driven slip: a trend or milestone indicator whose deadline passed (in its region's day) without its
 * latest value meeting the target has missed, even when no new value arrives. An indicator with an overdue report is
 * left alone: there is no data to judge it by until the report arrives.
 */
@Component
public class MissedDeadlines {

    private static final Logger log = LoggerFactory.getLogger(MissedDeadlines.class);

    private final MongoTemplate mongo;
    private final IndicatorJudging judging;
    private final ReportingCompliance compliance;
    private final RegionZones regionZones;

    public MissedDeadlines(MongoTemplate mongo, IndicatorJudging judging, ReportingCompliance compliance,
                           RegionZones regionZones) {
        this.mongo = mongo;
        this.judging = judging;
        this.compliance = compliance;
        this.regionZones = regionZones;
    }

    /** @return how many indicators were found to have missed now */
    public int review(Instant now) {
        Function<String, ZoneId> zones = regionZones.snapshot();
        Query candidates = Query.query(Criteria.where("kind").in(IndicatorKind.TREND, IndicatorKind.MILESTONE)
                .and("retiredAt").is(null).and("innovationStage").nin(Indicator.closingStages()));
        int missed = 0;
        try (Stream<Indicator> indicators = mongo.stream(candidates, Indicator.class)) {
            for (Indicator indicator : (Iterable<Indicator>) indicators::iterator) {
                if (indicator.deadline() == null
                        || !now.atZone(zones.apply(indicator.regionCode())).toLocalDate().isAfter(indicator.deadline())) {
                    continue;
                }
                try {
                    if (!compliance.isOverdue(indicator.indicatorId())
                            && judging.deadlinePassed(indicator, now.atZone(zones.apply(indicator.regionCode())).toLocalDate())) {
                        missed++;
                    }
                } catch (RuntimeException e) {
                    log.warn("Deadline of indicator {} stays unreviewed until the next round: {}",
                            indicator.indicatorId(), e.toString());
                }
            }
        }
        return missed;
    }
}
