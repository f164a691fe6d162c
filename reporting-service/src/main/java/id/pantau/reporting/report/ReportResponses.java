package id.pantau.reporting.report;

import java.util.function.Supplier;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Answers a report request in the format asked for: the report's own model as JSON, or its tables as a CSV,
 * XLSX or PDF download named after the report, region and period.
 */
@Component
public class ReportResponses {

    private final CsvExport csv;
    private final XlsxExport xlsx;
    private final PdfExport pdf;

    public ReportResponses(CsvExport csv, XlsxExport xlsx, PdfExport pdf) {
        this.csv = csv;
        this.xlsx = xlsx;
        this.pdf = pdf;
    }

    public ResponseEntity<Object> respond(ReportFormat format, Object model, Supplier<ReportDocument> tables) {
        if (format == ReportFormat.JSON) {
            return ResponseEntity.ok().contentType(format.mediaType()).body(model);
        }
        ReportDocument document = tables.get();
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
