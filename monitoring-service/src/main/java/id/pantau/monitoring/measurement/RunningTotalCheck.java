package id.pantau.monitoring.measurement;

import id.pantau.events.Period;
import id.pantau.monitoring.indicator.Indicator;
import id.pantau.monitoring.judging.Forecast;
import id.pantau.monitoring.judging.IndicatorJudging;
import id.pantau.monitoring.judging.IndicatorStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Keeps the judged running total of each flow trend true to the values stored. A judging sums the values it read;
 * a request storing another period of the same flow at the same moment is not among them, and the status written
 * last may be the one that missed it (two batches of the same flow's months, each read before the other's rows were
 * stored). So after judging, a flow's status is compared with its values as stored now and, while they differ (another
 * latest period, another total), judged again from those values. Every request does so after its own writes, so the
 * last one to finish leaves the total of every stored period.
 */
@Component
class RunningTotalCheck {

    private static final int ROUNDS = 3;

    private final StoredValues stored;
    private final IndicatorJudging judging;

    RunningTotalCheck(StoredValues stored, IndicatorJudging judging) {
        this.stored = stored;
        this.judging = judging;
    }

    /**
     * @param judged indicators just judged; only flow trends are looked at
     * @return the ids of the flows judged again
     */
    Set<String> settle(Collection<Indicator> judged) {
        List<Indicator> flows = judged.stream().filter(Indicator::isJudgedCumulatively).toList();
        Set<String> again = new HashSet<>();
        for (int round = 1; round <= ROUNDS && !flows.isEmpty(); round++) {
            // the statuses before the values: a status written after this read is its writer's to check
            Map<String, IndicatorStatus> statuses = judging.findAll(
                    flows.stream().map(Indicator::indicatorId).toList());
            Map<String, List<StoredValues.Stored>> values = stored.of(flows);
            List<IndicatorJudging.Request> stale = new ArrayList<>();
            for (Indicator flow : flows) {
                List<StoredValues.Stored> ofFlow = values.getOrDefault(flow.indicatorId(), List.of());
                if (!ofFlow.isEmpty() && !agrees(statuses.get(flow.indicatorId()), ofFlow)) {
                    StoredValues.Stored latest = ofFlow.get(ofFlow.size() - 1);
                    Period.parse(latest.period(), flow.frequency()).ifPresent(period -> stale.add(
                            new IndicatorJudging.Request(flow, period, latest.value(), null, points(ofFlow))));
                }
            }
            judging.judgeAll(stale);
            flows = stale.stream().map(IndicatorJudging.Request::indicator).toList();
            flows.forEach(flow -> again.add(flow.indicatorId()));
        }
        return again;
    }

    /** The status was judged on the latest stored period, by the sum of every stored value. */
    private static boolean agrees(IndicatorStatus status, List<StoredValues.Stored> values) {
        if (status == null || status.actual() == null) {
            return false;
        }
        BigDecimal total = values.stream().map(StoredValues.Stored::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        return values.get(values.size() - 1).period().equals(status.period()) && total.compareTo(status.actual()) == 0;
    }

    private static List<Forecast.Point> points(List<StoredValues.Stored> values) {
        return values.stream().map(value -> new Forecast.Point(value.periodEnd(), value.value())).toList();
    }
}
