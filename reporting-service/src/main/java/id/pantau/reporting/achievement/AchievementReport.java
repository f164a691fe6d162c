package id.pantau.reporting.achievement;

import id.pantau.events.IndicatorHealth;
import id.pantau.events.IndicatorKind;
import id.pantau.events.Polarity;
import id.pantau.reporting.period.ReportPeriod;
import id.pantau.reporting.progress.CapaianBand;
import id.pantau.reporting.progress.TrendForecast;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Capaian Indikator (target vs realisasi): per indicator, each measured period with the expected value on its
 * trajectory, the realisasi (a flow's running total), capaian, band and health as monitoring judged them, and the
 * forecast of its trend.
 *
 * @param period null for every period measured so far
 */
public record AchievementReport(String region, ReportPeriod period, Instant generatedAt, List<IndicatorTrend> indicators) {

    /** {@code forecast} absent with fewer than three measurements. */
    public record IndicatorTrend(int no, String innovationId, String title, String opdCode, String opdName,
                                 String indicatorId, String name, IndicatorKind kind, String unit, Polarity polarity,
                                 BigDecimal baseline, BigDecimal target, LocalDate deadline, List<PeriodPoint> periods,
                                 TrendForecast forecast) {
    }

    /**
     * @param realisasi   what was judged: the period's value, or for a flow (summed) the running total through it
     * @param periodValue the value measured for the period itself
     */
    public record PeriodPoint(String period, LocalDate periodEnd, BigDecimal expected, BigDecimal realisasi,
                              BigDecimal periodValue, BigDecimal capaian, CapaianBand band, IndicatorHealth health) {
    }
}
