package id.pantau.reporting.report;

import io.swagger.v3.oas.annotations.Parameter;
import org.springdoc.core.annotations.ParameterObject;

/**
 * The query parameters every report takes, bound from the request and listed once for the OpenAPI description.
 * Checked by {@link #filter()} and {@link #format(String)}, so that a bad value is a 400 naming its field.
 */
@ParameterObject
public record ReportQuery(
        @Parameter(description = "Kemendagri region code, e.g. 32 (a province: with all its kabupaten/kota) or 32.73")
        String region,
        @Parameter(description = "OPD code within the region") String opd,
        @Parameter(description = "one innovation's id") String innovation,
        @Parameter(description = "one indicator's id (reports by indicator; the others keep its innovation)")
        String indicator,
        @Parameter(description = "2026-03 (month), 2026-Q1 (triwulan), 2026-S1 (semester), 2026 (year), or cumulative "
                + "from January: sd-2026-Q2; what it selects is each report's (see its description)") String period,
        @Parameter(description = "json, csv, xlsx or pdf; without it the Accept header decides, JSON by default")
        String format) {

    public ReportFilter filter() {
        return ReportFilter.of(region, opd, innovation, indicator, period);
    }

    public ReportFormat format(String accept) {
        return ReportFormat.resolve(format, accept);
    }
}
