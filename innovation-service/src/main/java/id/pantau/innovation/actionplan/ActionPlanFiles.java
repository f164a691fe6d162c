package id.pantau.innovation.actionplan;

import id.pantau.defaults.problem.ApiProblem;
import java.util.Locale;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;

/**
 * The files shipped for the import: the template (the headers, with a note row in the CSV and a guidance sheet
 * in the workbook) and the sample (the three rows of the example action plan), each as CSV and XLSX.
 */
enum ActionPlanFiles {
    TEMPLATE("rencana-aksi-template"),
    SAMPLE("rencana-aksi-contoh");

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final String name;

    ActionPlanFiles(String name) {
        this.name = name;
    }

    /** @throws ApiProblem 400 for a format other than csv or xlsx */
    String fileName(String format) {
        return name + "." + extension(format);
    }

    Resource resource(String format) {
        return new ClassPathResource("import/" + fileName(format));
    }

    static MediaType mediaType(String format) {
        return extension(format).equals("csv") ? CSV : XLSX;
    }

    private static String extension(String format) {
        String extension = format == null ? "xlsx" : format.strip().toLowerCase(Locale.ROOT);
        if (!extension.equals("csv") && !extension.equals("xlsx")) {
            throw ApiProblem.invalid("format", "invalid-enum", format, "csv, xlsx");
        }
        return extension;
    }
}
