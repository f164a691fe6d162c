package id.pantau.innovation.indicator;

import id.pantau.events.AchievementFormula;
import id.pantau.events.Aggregation;
import id.pantau.events.IndicatorKind;
import id.pantau.events.PeriodTarget;
import id.pantau.events.Polarity;
import id.pantau.events.ReportingFrequency;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A success indicator of an innovation being registered. A trend needs baseline and target, a bound its
 * limit as target, a milestone neither; the deadline defaults to the innovation's target date. {@code aggregation}
 * defaults to LAST; {@code achievementFormula} applies to lower-is-better indicators (default PERMENPANRB);
 * {@code periodTargets} give a trend an explicit trajectory instead of the linear one; {@code evidenceRequired}
 * (default false) says that each measurement of it must come with an evidence document.
 */
public record NewIndicator(String name, IndicatorKind kind, String unit, Polarity polarity, BigDecimal baseline,
                           BigDecimal target, LocalDate deadline, ReportingFrequency frequency,
                           Aggregation aggregation, AchievementFormula achievementFormula,
                           List<PeriodTarget> periodTargets, Boolean evidenceRequired) {

    /** An indicator with the defaults for aggregation (last value), achievement and trajectory (linear). */
    public NewIndicator(String name, IndicatorKind kind, String unit, Polarity polarity, BigDecimal baseline,
                        BigDecimal target, LocalDate deadline, ReportingFrequency frequency) {
        this(name, kind, unit, polarity, baseline, target, deadline, frequency, null, null, null, null);
    }
}
