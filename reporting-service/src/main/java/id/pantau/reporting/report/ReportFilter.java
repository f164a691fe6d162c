package id.pantau.reporting.report;

import id.pantau.defaults.problem.Violations;
import id.pantau.events.RegionCode;
import id.pantau.reporting.period.ReportPeriod;

/**
 * The filters every report takes, {@code ?region=&opd=&period=}: a region (a province includes its
 * kabupaten/kota), optionally one OPD of it, optionally a period. They narrow the caller's scope, never widen it.
 *
 * @param period null for a report of the current state
 */
public record ReportFilter(RegionCode region, String opdCode, ReportPeriod period) {

    /** Spaces around the values, as pasted from a document, are forgiven; every bad value is named in one 400. */
    public static ReportFilter of(String region, String opd, String period) {
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
        return new ReportFilter(code, opd == null || opd.isBlank() ? null : opd.strip(), reportPeriod);
    }

    /** The downloaded file's name: the report's, then region, OPD and period, e.g. {@code rekap-32.73-2026-Q1}. */
    public String fileName(String report) {
        return report + "-" + region.value() + (opdCode == null ? "" : "-" + opdCode)
                + (period == null ? "" : "-" + period.code());
    }

    public String periodLabel() {
        return period == null ? "Keadaan terkini" : period.label();
    }
}
