package id.pantau.reporting.report;

import id.pantau.reporting.report.ReportDocument.Column;
import id.pantau.reporting.report.ReportDocument.Section;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * CSV as open data: UTF-8 with a byte order mark (so that Excel reads the encoding), RFC 4180 quoting, comma
 * separated, numbers in plain machine notation ({@code 1234.56}) and ISO dates, so that any program reads them
 * back. A report of several sections has them one after another, each under a line with its title and
 * separated by an empty line.
 */
@Component
public class CsvExport {

    private static final String BOM = "\uFEFF";
    private static final String LINE = "\r\n";

    public byte[] render(ReportDocument document) {
        StringBuilder csv = new StringBuilder(BOM);
        boolean titled = document.sections().size() > 1;
        for (Section section : document.sections()) {
            if (csv.length() > BOM.length()) {
                csv.append(LINE);
            }
            if (titled) {
                line(csv, List.of(section.title()));
            }
            line(csv, section.columns().stream().map(Column::header).toList());
            for (List<Object> row : section.rows()) {
                line(csv, row.stream().map(CsvExport::plain).toList());
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quoted(cells.get(i)));
        }
        csv.append(LINE);
    }

    private static String plain(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    private static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
