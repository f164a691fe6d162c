package id.pantau.reporting.monev;

import id.pantau.events.IndicatorKind;
import id.pantau.events.Polarity;
import id.pantau.reporting.period.Aggregation;
import id.pantau.reporting.period.ReportPeriod;
import id.pantau.reporting.progress.CapaianBand;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Laporan Monev Inovasi Triwulan: per indicator and triwulan, the target of the triwulan, the realisasi, capaian,
 * its band and notes.
 *
 * @param period the period whose triwulans are reported; the current year (up to today) when none was asked for
 */
public record MonevReport(String region, ReportPeriod period, Instant generatedAt, List<Line> lines) {

    /**
     * One indicator in one triwulan. {@code target}: the expected value at the triwulan's end on the linear
     * trajectory (a trend), the limit (a bound), absent for a milestone. {@code realisasi}: the measurements of the
     * triwulan's periods combined by {@code aggregation}; absent when none arrived. {@code capaian} in percent.
     */
    public record Line(
            int no,
            String innovationId,
            String title,
            String opdCode,
            String opdName,
            String indicatorId,
            String indicatorName,
            IndicatorKind kind,
            String unit,
            Polarity polarity,
            String triwulan,
            String triwulanLabel,
            BigDecimal target,
            BigDecimal realisasi,
            Aggregation aggregation,
            BigDecimal capaian,
            CapaianBand band,
            String notes) {
    }
}
