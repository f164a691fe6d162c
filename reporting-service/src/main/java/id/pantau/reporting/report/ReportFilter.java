package id.pantau.reporting.report;

import id.pantau.defaults.problem.Violations;
import id.pantau.events.RegionCode;
import id.pantau.reporting.period.ReportPeriod;

/**
 * The filters every report takes, {@code ?region=&opd=&innovation=&indicator=&period=}: a region (a province
 * includes its kabupaten/kota), optionally one OPD of it, one innovation, one indicator, and a period — the
 * drill-down province → kabupaten/kota → OPD → innovation → indicator. They narrow the caller's scope, never widen it.
 *
 * @param innovationId null for every innovation
 * @param indicatorId  null for every indicator
 * @param period       null for a report of the current state
 */
public record ReportFilter(RegionCode region, String opdCode, String innovationId, String indicatorId,
                           ReportPeriod period) {

    public static ReportFilter of(String region, String opd, String period) {
        return of(region, opd, null, null, period);
    }

    /** Spaces around the values, as pasted from a document, are forgiven; every bad value is named in one 400. */
    public static ReportFilter of(String region, String opd, String innovation, String indicator, String period) {
        Violations violations = new Violations();
        RegionCode code = null;
        if (region == null || region.isBlank()) {
            violations.add("region", "region-required");
        } else {
            code = RegionCode.parse(region.strip()).orElse(null);
            if (code == null) {
                violations.add("region", "region-invalid", region);
            }
        }
        ReportPeriod reportPeriod = null;
        if (period != null && !period.isBlank()) {
            reportPeriod = ReportPeriod.parse(period).orElse(null);
            if (reportPeriod == null) {
                violations.add("period", "period-invalid", period);
            }
        }
        violations.throwIfAny();
        return new ReportFilter(code, stripped(opd), stripped(innovation), stripped(indicator), reportPeriod);
    }

    /** This filter without its indicator: for reports about whole innovations, where one indicator means nothing. */
    public ReportFilter wholeInnovations() {
        return new ReportFilter(region, opdCode, innovationId, null, period);
    }

    /**
     * The downloaded file's name: the report's, then region, OPD, innovation, indicator and period, e.g.
     * {@code rekap-32.73-2026-Q1}.
     */
    public String fileName(String report) {
        return report + "-" + region.value() + part(opdCode) + part(innovationId) + part(indicatorId)
                + part(period == null ? null : period.code());
    }

    public String periodLabel() {
        return period == null ? "Keadaan terkini" : period.label();
    }

    private static String part(String value) {
        return value == null ? "" : "-" + value;
    }

    private static String stripped(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
