package id.pantau.reporting.innovationindex;

import id.pantau.events.InnovationStage;
import id.pantau.reporting.actionplan.ActionPlan;
import id.pantau.reporting.actionplan.ActionPlan.IndicatorEntry;
import id.pantau.reporting.compliance.ComplianceReport.DueReport;
import id.pantau.reporting.compliance.ComplianceReport.Status;
import id.pantau.reporting.innovationindex.InnovationIndexReport.CriterionScore;
import id.pantau.reporting.innovationindex.InnovationIndexReport.InnovationScore;
import id.pantau.reporting.innovationindex.InnovationIndexReport.RegionIndex;
import id.pantau.reporting.innovationindex.InnovationIndexReport.Shortfall;
import id.pantau.reporting.innovationindex.ScoringCatalogue.Band;
import id.pantau.reporting.innovationindex.ScoringCatalogue.Criterion;
import id.pantau.reporting.measurement.MeasurementRecord;
import id.pantau.reporting.period.ReportPeriod;
import id.pantau.reporting.report.Labels;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Scores innovations and regions by a {@link ScoringCatalogue}: each criterion earns its weight times the share
 * achieved (rounded to two decimals), an innovation scores their sum, a region the mean of its innovations'.
 * Plain Java: everything it needs is handed in.
 *
 * @param asOf the day the data is read as of: indicators retired by then do not count
 */
record IndexProjection(ScoringCatalogue catalogue, LocalDate asOf, ZoneId zone) {

    /** What the platform holds of one innovation, besides its action plan. */
    record Facts(Map<String, List<MeasurementRecord>> measurements, int distinctAdopterRegions, List<DueReport> dueReports) {
    }

    InnovationIndexReport report(String region, ReportPeriod period, Instant generatedAt, List<ActionPlan> plans,
                                 Map<String, Facts> facts, Map<String, String> regionNames) {
        List<ActionPlan> ordered = plans.stream().sorted(Comparator.comparing(ActionPlan::regionCode)
                .thenComparing(ActionPlan.REPORT_ORDER)).toList();
        List<InnovationScore> innovations = new ArrayList<>();
        for (ActionPlan plan : ordered) {
            innovations.add(score(innovations.size() + 1, plan, facts.getOrDefault(plan.innovationId(),
                    new Facts(Map.of(), 0, List.of()))));
        }
        Map<String, List<InnovationScore>> byRegion = innovations.stream()
                .collect(Collectors.groupingBy(InnovationScore::regionCode, TreeMap::new, Collectors.toList()));
        List<RegionIndex> regions = new ArrayList<>();
        byRegion.forEach((code, scored) -> {
            BigDecimal index = scored.stream().map(InnovationScore::score).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(scored.size()), 2, RoundingMode.HALF_UP);
            Band band = catalogue.bandOf(index);
            regions.add(new RegionIndex(regions.size() + 1, code, regionNames.get(code), scored.size(), index,
                    band.code(), band.label()));
        });
        List<InnovationIndexReport.Criterion> criteria = catalogue.criteria().stream()
                .map(criterion -> new InnovationIndexReport.Criterion(criterion.code().name(), criterion.label(),
                        criterion.weight())).toList();
        return new InnovationIndexReport(region, catalogue.year(), period, generatedAt, criteria, regions, innovations);
    }

    InnovationScore score(int no, ActionPlan plan, Facts facts) {
        List<IndicatorEntry> indicators = plan.indicators().values().stream()
                .filter(indicator -> !indicator.retiredBy(asOf, zone))
                .sorted(IndicatorEntry.DEFINITION_ORDER).toList();
        List<CriterionScore> points = new ArrayList<>();
        List<Shortfall> missing = new ArrayList<>();
        for (Criterion criterion : catalogue.criteria()) {
            Earned earned = switch (criterion.code()) {
                case STAGE -> stage(criterion, plan.stage());
                case REPLICATION -> replication(criterion, facts.distinctAdopterRegions());
                case INDICATORS_WITH_DATA -> indicatorsWithData(criterion, indicators, facts.measurements());
                case EVIDENCE -> evidence(criterion, indicators, facts.measurements());
                case TIMELINESS -> timeliness(criterion, facts.dueReports());
            };
            points.add(new CriterionScore(criterion.code().name(), earned.points(), criterion.weight()));
            if (earned.shortfall() != null) {
                missing.add(earned.shortfall());
            }
        }
        BigDecimal score = points.stream().map(CriterionScore::points).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new InnovationScore(no, plan.innovationId(), plan.title(), plan.regionCode(), plan.opdCode(),
                plan.opdName(), plan.stage(), points, score, missing);
    }

    private record Earned(BigDecimal points, Shortfall shortfall) {
    }

    private static Earned stage(Criterion criterion, InnovationStage stage) {
        BigDecimal points = stage == null ? BigDecimal.ZERO : criterion.stagePoints().getOrDefault(stage, BigDecimal.ZERO);
        if (points.compareTo(criterion.weight()) >= 0) {
            return new Earned(points.setScale(2), null);
        }
        if (stage != null && !criterion.stagePoints().containsKey(stage)) {
            return new Earned(BigDecimal.ZERO.setScale(2), new Shortfall(criterion.code().name(), null,
                    "Tahapan " + Labels.of(stage) + " tidak dinilai"));
        }
        // the next stage up: the one with the fewest points above these
        Map.Entry<InnovationStage, BigDecimal> next = criterion.stagePoints().entrySet().stream()
                .filter(entry -> entry.getValue().compareTo(points) > 0).min(Map.Entry.comparingByValue()).orElseThrow();
        return new Earned(points.setScale(2), new Shortfall(criterion.code().name(),
                next.getValue().subtract(points).setScale(2), "Naikkan tahapan ke " + Labels.of(next.getKey())));
    }

    private static Earned replication(Criterion criterion, int regions) {
        int fullAt = criterion.fullAt() == null ? 1 : criterion.fullAt();
        Earned earned = share(criterion, Math.min(regions, fullAt), fullAt);
        return earned.points().compareTo(criterion.weight()) >= 0 ? earned : new Earned(earned.points(),
                new Shortfall(criterion.code().name(), criterion.weight().subtract(earned.points()),
                        "Direplikasi di " + (fullAt - regions) + " daerah lain lagi"));
    }

    private static Earned indicatorsWithData(Criterion criterion, List<IndicatorEntry> indicators,
                                             Map<String, List<MeasurementRecord>> measurements) {
        if (indicators.isEmpty()) {
            return new Earned(BigDecimal.ZERO.setScale(2), new Shortfall(criterion.code().name(),
                    criterion.weight().setScale(2), "Tetapkan indikator dan laporkan realisasinya"));
        }
        List<String> withoutData = indicators.stream()
                .filter(indicator -> measurements.getOrDefault(indicator.indicatorId(), List.of()).isEmpty())
                .map(IndicatorEntry::name).toList();
        Earned earned = share(criterion, indicators.size() - withoutData.size(), indicators.size());
        return withoutData.isEmpty() ? earned : new Earned(earned.points(), new Shortfall(criterion.code().name(),
                criterion.weight().subtract(earned.points()), "Laporkan realisasi: " + String.join(", ", withoutData)));
    }

    private static Earned evidence(Criterion criterion, List<IndicatorEntry> indicators,
                                   Map<String, List<MeasurementRecord>> measurements) {
        List<IndicatorEntry> required = indicators.stream()
                .filter(indicator -> Boolean.TRUE.equals(indicator.evidenceRequired())).toList();
        if (required.isEmpty()) {
            return new Earned(criterion.weight().setScale(2), null);
        }
        List<MeasurementRecord> measured = required.stream()
                .flatMap(indicator -> measurements.getOrDefault(indicator.indicatorId(), List.of()).stream()).toList();
        if (measured.isEmpty()) {
            return new Earned(BigDecimal.ZERO.setScale(2), new Shortfall(criterion.code().name(),
                    criterion.weight().setScale(2), "Laporkan realisasi dengan bukti dukung: " + String.join(", ",
                            required.stream().map(IndicatorEntry::name).toList())));
        }
        long withEvidence = measured.stream()
                .filter(record -> record.evidenceUrl() != null && !record.evidenceUrl().isBlank()).count();
        Earned earned = share(criterion, withEvidence, measured.size());
        return withEvidence == measured.size() ? earned : new Earned(earned.points(), new Shortfall(
                criterion.code().name(), criterion.weight().subtract(earned.points()),
                "Lengkapi bukti dukung " + (measured.size() - withEvidence) + " laporan realisasi"));
    }

    private static Earned timeliness(Criterion criterion, List<DueReport> due) {
        if (due.isEmpty()) {
            return new Earned(criterion.weight().setScale(2), null);
        }
        long onTime = due.stream().filter(report -> report.status() == Status.ON_TIME).count();
        Earned earned = share(criterion, onTime, due.size());
        return onTime == due.size() ? earned : new Earned(earned.points(), new Shortfall(criterion.code().name(),
                criterion.weight().subtract(earned.points()),
                (due.size() - onTime) + " dari " + due.size() + " laporan terlambat atau belum masuk"));
    }

    /** The weight times {@code achieved / of}, to two decimals. */
    private static Earned share(Criterion criterion, long achieved, long of) {
        BigDecimal points = criterion.weight().multiply(BigDecimal.valueOf(achieved))
                .divide(BigDecimal.valueOf(of), 2, RoundingMode.HALF_UP);
        return new Earned(points, null);
    }
}
