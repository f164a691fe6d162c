package id.pantau.reporting.actionplan;

import id.pantau.events.AlertAcknowledged;
import id.pantau.events.AlertEscalated;
import id.pantau.events.AlertRaised;
import id.pantau.events.AlertResolved;
import id.pantau.events.AlertRule;
import id.pantau.events.ForecastMissProjected;
import id.pantau.events.IndicatorAdded;
import id.pantau.events.IndicatorDefinition;
import id.pantau.events.IndicatorHealth;
import id.pantau.events.IndicatorKind;
import id.pantau.events.IndicatorMeasured;
import id.pantau.events.IndicatorRetired;
import id.pantau.events.InnovationForm;
import id.pantau.events.InnovationRegistered;
import id.pantau.events.InnovationStage;
import id.pantau.events.InnovationStageChanged;
import id.pantau.events.Polarity;
import id.pantau.events.ReportOverdue;
import id.pantau.events.ReportingFrequency;
import id.pantau.events.Severity;
import id.pantau.events.SlipRule;
import id.pantau.events.TargetRecovered;
import id.pantau.events.TargetSlipped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The events of the three action-plan rows every demo uses (ARCHITECTURE.md), as the other services publish
 * them. Ids are fresh per instance, so every test has innovations of its own.
 */
public final class SeedEvents {

    public static final String PTSP = "2.18.0.00.0.00.01.0000";
    static final String PTSP_NAME = "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu";
    static final String DISKOMINFO = "2.16.2.20.2.21.01.0000";
    static final String INSPEKTORAT = "6.01.0.00.0.00.01.0000";
    static final LocalDate START = LocalDate.of(2026, 1, 1);

    /** The PTSP row: service time from 10 days down to 5 by the end of June. */
    public static final class Ptsp {
        public final String innovationId = newId();
        final String indicatorId = newId();
        final String alertId = newId();
        public final String region;

        public Ptsp(String region) {
            this.region = region;
        }

        public InnovationRegistered registered() {
            return registered(START);
        }

        InnovationRegistered registered(LocalDate start) {
            return new InnovationRegistered(innovationId, region, PTSP, PTSP_NAME, "Aplikasi layanan perizinan online",
                    "Layanan lambat", "Aplikasi layanan online", InnovationForm.PELAYANAN_PUBLIK, InnovationStage.INISIATIF,
                    start, LocalDate.of(2026, 6, 30), List.of(new IndicatorDefinition(indicatorId, "Waktu layanan",
                            IndicatorKind.TREND, "hari", Polarity.LOWER_IS_BETTER, num("10"), num("5"),
                            LocalDate.of(2026, 6, 30), ReportingFrequency.MONTHLY)), at("2026-01-05T02:15:00Z"));
        }

        /** With monitoring-service's judgement of the period, as the worked example in its README has it. */
        IndicatorMeasured measured(String period, String value, String measuredAt) {
            BigDecimal actual = num(value);
            BigDecimal expected = num(EXPECTED_SERVICE_TIME.get(period));
            BigDecimal ratio = actual.subtract(BigDecimal.TEN).divide(expected.subtract(BigDecimal.TEN), 4, RoundingMode.HALF_UP);
            BigDecimal capaian = expected.multiply(num("2")).subtract(actual).divide(expected, 4, RoundingMode.HALF_UP)
                    .movePointRight(2).setScale(2, RoundingMode.HALF_UP);
            IndicatorHealth health = actual.compareTo(num("5")) <= 0 ? IndicatorHealth.ACHIEVED
                    : ratio.compareTo(num("0.95")) >= 0 ? IndicatorHealth.ON_TRACK
                    : ratio.compareTo(num("0.85")) >= 0 ? IndicatorHealth.BEHIND : IndicatorHealth.AT_RISK;
            return new IndicatorMeasured(newId(), innovationId, indicatorId, region, PTSP, period, actual,
                    "opd-ptsp-operator", null, null, at(measuredAt), expected, ratio, capaian, health);
        }

        TargetSlipped slipped(String period, Severity severity, String detectedAt) {
            return new TargetSlipped(innovationId, indicatorId, region, PTSP, "Waktu layanan",
                    SlipRule.BEHIND_TRAJECTORY, severity, period, num("8.39"), num("10"), num("0"), at(detectedAt));
        }

        TargetRecovered recovered(String period, String recoveredAt) {
            return new TargetRecovered(innovationId, indicatorId, region, PTSP, "Waktu layanan",
                    SlipRule.BEHIND_TRAJECTORY, period, num("5.83"), num("5.5"), num("1.08"), at(recoveredAt));
        }

        ReportOverdue overdue(String period, String dueDate, String detectedAt) {
            return new ReportOverdue(innovationId, indicatorId, region, PTSP, "Waktu layanan", period,
                    LocalDate.parse(dueDate), at(detectedAt));
        }

        AlertRaised alertRaised(String alertId, String raisedAt) {
            return new AlertRaised(alertId, innovationId, indicatorId, region, PTSP, AlertRule.BEHIND_TRAJECTORY,
                    Severity.RED, "2026-02", at(raisedAt));
        }

        InnovationStageChanged stageChanged(InnovationStage to, String changedAt) {
            return new InnovationStageChanged(innovationId, region, PTSP, InnovationStage.INISIATIF, to,
                    "Keputusan kepala daerah", "region-admin", at(changedAt));
        }

        AlertEscalated alertEscalated(String alertId, int level, String escalatedAt) {
            return new AlertEscalated(alertId, innovationId, indicatorId, region, PTSP, level, at(escalatedAt));
        }

        /** The trend reaches 5 days only on 15 August, after the June deadline: 5.8 days projected there. */
        ForecastMissProjected forecastMiss(String detectedAt) {
            return new ForecastMissProjected(innovationId, indicatorId, region, PTSP, "Waktu layanan", num("5"),
                    LocalDate.of(2026, 6, 30), num("5.8"), LocalDate.of(2026, 8, 15), at(detectedAt));
        }

        /** A second indicator added in March, as the last of the matrix. */
        IndicatorAdded indicatorAdded(String indicatorId, String addedAt) {
            return new IndicatorAdded(innovationId, region, PTSP, new IndicatorDefinition(indicatorId,
                    "Kepuasan pemohon", IndicatorKind.TREND, "persen", Polarity.HIGHER_IS_BETTER, num("70"), num("85"),
                    LocalDate.of(2026, 6, 30), ReportingFrequency.QUARTERLY), "region-admin", at(addedAt));
        }

        IndicatorRetired retired(String retiredAt) {
            return new IndicatorRetired(innovationId, region, PTSP, indicatorId, "Diganti indikator kepuasan",
                    "region-admin", at(retiredAt));
        }

        AlertAcknowledged alertAcknowledged(String alertId, String acknowledgedAt) {
            return new AlertAcknowledged(alertId, innovationId, indicatorId, region, PTSP, "inspektorat", "Ditindaklanjuti",
                    at(acknowledgedAt));
        }

        AlertResolved alertResolved(String alertId, String resolvedAt) {
            return new AlertResolved(alertId, innovationId, indicatorId, region, PTSP,
                    AlertResolved.Resolution.RECOVERED,
                    null, at(resolvedAt));
        }
    }

    /** The Diskominfo row: data centralised and valid (a milestone) within a year. */
    static final class Diskominfo {
        final String innovationId = newId();
        final String indicatorId = newId();
        private final String region;

        Diskominfo(String region) {
            this.region = region;
        }

        InnovationRegistered registered() {
            return new InnovationRegistered(innovationId, region, DISKOMINFO, "Dinas Komunikasi dan Informatika",
                    "Integrasi data OPD", "Data terpencar", "Integrasi data OPD", InnovationForm.TATA_KELOLA,
                    InnovationStage.UJI_COBA, START, LocalDate.of(2026, 12, 31), List.of(new IndicatorDefinition(
                            indicatorId, "Data terpusat dan valid", IndicatorKind.MILESTONE, "status",
                            Polarity.HIGHER_IS_BETTER, null, null, LocalDate.of(2026, 12, 31),
                            ReportingFrequency.QUARTERLY)), at("2026-01-06T03:00:00Z"));
        }

        IndicatorMeasured measured(String period, String value, String measuredAt) {
            boolean done = num(value).compareTo(BigDecimal.ONE) == 0;
            return new IndicatorMeasured(newId(), innovationId, indicatorId, region, DISKOMINFO, period, num(value),
                    "opd-diskominfo-operator", null, null, at(measuredAt), null, null,
                    done ? num("100") : BigDecimal.ZERO, done ? IndicatorHealth.ACHIEVED : IndicatorHealth.ON_TRACK);
        }
    }

    /** Expected service time at each period's end: 10 − 5 · days since 1 January / 180 days. */
    private static final java.util.Map<String, String> EXPECTED_SERVICE_TIME = java.util.Map.of(
            "2026-01", "9.1667", "2026-02", "8.3889", "2026-03", "7.5278", "2026-04", "6.6944",
            "2026-05", "5.8333", "2026-06", "5.0000");

    /** The Inspektorat row: complaints answered in at most 2 days (a bound), for six months. */
    static final class Inspektorat {
        final String innovationId = newId();
        final String indicatorId = newId();
        private final String region;

        Inspektorat(String region) {
            this.region = region;
        }

        InnovationRegistered registered() {
            return new InnovationRegistered(innovationId, region, INSPEKTORAT, "Inspektorat Daerah",
                    "Sistem pengaduan terintegrasi", "Aduan masyarakat", "Sistem pengaduan terintegrasi",
                    InnovationForm.PELAYANAN_PUBLIK, InnovationStage.PENERAPAN, START, LocalDate.of(2026, 6, 30),
                    List.of(new IndicatorDefinition(indicatorId, "Waktu respons aduan", IndicatorKind.BOUND, "hari",
                            Polarity.LOWER_IS_BETTER, null, num("2"), LocalDate.of(2026, 6, 30),
                            ReportingFrequency.MONTHLY)), at("2026-01-07T04:00:00Z"));
        }

        IndicatorMeasured measured(String period, String value, String measuredAt) {
            boolean respected = num(value).compareTo(num("2")) <= 0;
            return new IndicatorMeasured(newId(), innovationId, indicatorId, region, INSPEKTORAT, period, num(value),
                    "opd-inspektorat-operator", null, null, at(measuredAt), num("2"), null, null,
                    respected ? IndicatorHealth.ON_TRACK : IndicatorHealth.AT_RISK);
        }
    }

    private SeedEvents() {
    }

    static String newId() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 24);
    }

    static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static BigDecimal num(String value) {
        return new BigDecimal(value);
    }
}
