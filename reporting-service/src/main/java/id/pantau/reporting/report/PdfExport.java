package id.pantau.reporting.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import id.pantau.reporting.report.ReportDocument.CellType;
import id.pantau.reporting.report.ReportDocument.Column;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * PDF, the formal copy: the report's HTML page ({@code templates/reports/report.html}, the page the web shows)
 * printed by openhtmltopdf on landscape A4, with numbers and dates in Indonesian notation.
 */
@Component
public class PdfExport {

    private final ITemplateEngine templates;

    public PdfExport(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The report as the HTML page the PDF prints. */
    public String html(ReportDocument document) {
        Context context = new Context();
        context.setVariable("report", document);
        context.setVariable("regionAndPeriod", ReportHeader.regionAndPeriod(document));
        context.setVariable("cutOff", ReportHeader.cutOff(document));
        context.setVariable("sections", document.sections().stream().map(PdfExport::table).toList());
        return templates.process("reports/report", context);
    }

    public byte[] render(ReportDocument document) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new PdfRendererBuilder()
                    .useFastMode()
                    .withHtmlContent(html(document), null)
                    .toStream(out)
                    .run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Table table(ReportDocument.Section section) {
        List<Column> columns = section.columns();
        List<Boolean> numeric = columns.stream()
                .map(column -> column.type() == CellType.INTEGER || column.type() == CellType.DECIMAL).toList();
        List<List<String>> rows = section.rows().stream().map(row -> {
            String[] cells = new String[columns.size()];
            for (int c = 0; c < cells.length; c++) {
                cells[c] = IndonesianFormat.cell(row.get(c), columns.get(c).type());
            }
            return List.of(cells);
        }).toList();
        double total = columns.stream().mapToDouble(column -> weight(column.type())).sum();
        List<String> widths = columns.stream()
                .map(column -> String.format(Locale.ROOT, "%.2f%%", weight(column.type()) * 100 / total)).toList();
        return new Table(section.title(), columns.stream().map(Column::header).toList(), numeric, widths, rows);
    }

    /** Text needs room to wrap in words; numbers and dates fit narrow columns. */
    private static double weight(CellType type) {
        return switch (type) {
            case TEXT -> 3;
            case DATE -> 2.6;
            case DECIMAL -> 2.2;
            case INTEGER -> 1.6;
        };
    }

    /**
     * A section with its cells as text; {@code numeric} aligns a column's cells to the right, {@code widths} are the
     * columns' shares of the page width.
     */
    public record Table(String title, List<String> headers, List<Boolean> numeric, List<String> widths,
                        List<List<String>> rows) {
    }
}
