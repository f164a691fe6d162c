package id.pantau.monitoring;

import id.pantau.events.Aggregation;
import id.pantau.events.IndicatorKind;
import id.pantau.events.PeriodTarget;
import id.pantau.events.Polarity;
import id.pantau.events.ReportingFrequency;
import id.pantau.monitoring.indicator.Indicator;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The action-plan rows every demo uses, as this service's read model holds them, and a flow. */
public final class IndicatorFixtures {

    public static final LocalDate START = LocalDate.of(2026, 1, 1);

    private IndicatorFixtures() {
    }

    /** Dinas PTSP: service time from 10 days down to 5 by 2026-06-30, monthly. */
    public static Indicator serviceTime() {
        return trend(Polarity.LOWER_IS_BETTER, "10", "5", "hari");
    }

    public static Indicator trend(Polarity polarity, String baseline, String target, String unit) {
        return new Indicator("ind-trend", "inn-1", "32.73", "2.18.0.00.0.00.01.0000", "Dinas PTSP",
                "Aplikasi layanan perizinan online", START, "Waktu layanan", IndicatorKind.TREND, unit, polarity,
                new BigDecimal(baseline), new BigDecimal(target), LocalDate.of(2026, 6, 30), ReportingFrequency.MONTHLY,
                Instant.EPOCH);
    }

    /**
     * Disdukcapil: a flow, the users of its online service summed over the months, from 0 to 1,200 by the end of
     * 2026, monthly.
     */
    public static Indicator onlineUsers() {
        return onlineUsers(List.of());
    }

    /** The same flow with explicit period targets, each the amount of its own period. */
    public static Indicator onlineUsers(List<PeriodTarget> periodTargets) {
        return new Indicator("ind-flow", "inn-4", "32.73", "2.06.0.00.0.00.01.0000", "Disdukcapil",
                "Layanan adminduk daring", START, "Pengguna layanan daring", IndicatorKind.TREND, "pengguna",
                Polarity.HIGHER_IS_BETTER, BigDecimal.ZERO, new BigDecimal("1200"), LocalDate.of(2026, 12, 31),
                ReportingFrequency.MONTHLY, Instant.EPOCH, List.of(), null, null, null, null, periodTargets, null,
                Aggregation.SUM);
    }

    /** Inspektorat: complaints answered in under 2 days, every month. */
    public static Indicator responseTime() {
        return new Indicator("ind-bound", "inn-3", "32.73", "6.01.0.00.0.00.01.0000", "Inspektorat",
                "Sistem pengaduan terintegrasi", START, "Waktu respons aduan", IndicatorKind.BOUND, "hari",
                Polarity.LOWER_IS_BETTER, null, new BigDecimal("2"), LocalDate.of(2026, 6, 30),
                ReportingFrequency.MONTHLY, Instant.EPOCH);
    }

    /** Diskominfo: data centralised and valid by the end of the year, reported quarterly. */
    public static Indicator dataCentralised() {
        return new Indicator("ind-milestone", "inn-2", "32.73", "2.16.2.20.2.21.01.0000", "Diskominfo",
                "Integrasi data OPD", START, "Data terpusat dan valid", IndicatorKind.MILESTONE, "status",
                Polarity.HIGHER_IS_BETTER, null, null, LocalDate.of(2026, 12, 31), ReportingFrequency.QUARTERLY,
                Instant.EPOCH);
    }
}
