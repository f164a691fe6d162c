package id.pantau.reporting.report;

import id.pantau.reporting.ReportingSettings;
import id.pantau.reporting.directory.Directory;
import java.time.ZoneId;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Answers a report request in the format asked for: the report's own model as JSON, or its tables as a CSV,
 * XLSX or PDF download named after the report, region and period, headed by the region's name and the reports'
 * time zone.
 */
@Component
public class ReportResponses {

    private final CsvExport csv;
    private final XlsxExport xlsx;
    private final PdfExport pdf;
    private final Directory directory;
    private final ReportingSettings settings;

    public ReportResponses(CsvExport csv, XlsxExport xlsx, PdfExport pdf, Directory directory,
                           ReportingSettings settings) {
        this.csv = csv;
        this.xlsx = xlsx;
        this.pdf = pdf;
        this.directory = directory;
        this.settings = settings;
    }

    /** How a report lays itself out as tables, given its region's name (null if unknown) and the time zone. */
    @FunctionalInterface
    public interface Tables {
        ReportDocument of(String regionName, ZoneId zone);
    }

    public ResponseEntity<Object> respond(ReportFormat format, Object model, ReportFilter filter, Tables tables) {
        if (format == ReportFormat.JSON) {
            return ResponseEntity.ok().contentType(format.mediaType()).body(model);
        }
        ReportDocument document = tables.of(directory.regionName(filter.region().value()).orElse(null),
                settings.timeZone());
        byte[] body = switch (format) {
            case CSV -> csv.render(document);
            case XLSX -> xlsx.render(document);
            case PDF -> pdf.render(document);
            case JSON -> throw new IllegalStateException("answered above");
        };
        return ResponseEntity.ok()
                .contentType(format.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName() + "." + format.extension()).build().toString())
                .body(body);
    }
}
