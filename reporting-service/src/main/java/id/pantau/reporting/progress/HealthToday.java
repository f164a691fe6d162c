package id.pantau.reporting.progress;

import id.pantau.events.IndicatorHealth;
import java.time.LocalDate;

/**
 * An indicator's health on the day a report is read: monitoring-service's judgement of the latest measured
 * period, except that a deadline passed unmet is a miss whatever the last period said, and an indicator
 * never measured has no data until its deadline passes.
 */
public final class HealthToday {

    private HealthToday() {
    }

    public static IndicatorHealth of(IndicatorHealth judged, LocalDate deadline, LocalDate today) {
        boolean deadlinePassed = deadline != null && today.isAfter(deadline);
        if (judged == null || judged == IndicatorHealth.NO_DATA) {
            return deadlinePassed ? IndicatorHealth.MISSED : IndicatorHealth.NO_DATA;
        }
        return deadlinePassed && judged != IndicatorHealth.ACHIEVED ? IndicatorHealth.MISSED : judged;
    }
}
