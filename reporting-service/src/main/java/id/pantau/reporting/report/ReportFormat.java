package id.pantau.reporting.report;

import id.pantau.defaults.problem.ApiProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/** The four ways every report is delivered. */
public enum ReportFormat {
    JSON(MediaType.APPLICATION_JSON, "json"),
    CSV(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8), "csv"),
    XLSX(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"), "xlsx"),
    PDF(MediaType.APPLICATION_PDF, "pdf");

    private final MediaType mediaType;
    private final String extension;

    ReportFormat(MediaType mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /**
     * The format asked for: {@code ?format=} wins; otherwise the {@code Accept} header's most preferred type that
     * one of the formats has (a wildcard, or no header, is JSON). A format parameter naming no format is a 400; an
     * {@code Accept} header naming none of them (e.g. {@code text/html}) falls back to JSON.
     */
    public static ReportFormat resolve(String format, String accept) {
        if (format != null && !format.isBlank()) {
            String name = format.strip().toUpperCase(Locale.ROOT);
            for (ReportFormat candidate : values()) {
                if (candidate.name().equals(name)) {
                    return candidate;
                }
            }
            throw ApiProblem.invalid("format", "format-invalid", format);
        }
        for (MediaType accepted : accepted(accept)) {
            for (ReportFormat candidate : values()) {
                if (accepted.isCompatibleWith(candidate.mediaType)) {
                    return candidate;
                }
            }
        }
        return JSON;
    }

    private static List<MediaType> accepted(String accept) {
        if (accept == null || accept.isBlank()) {
            return List.of();
        }
        try {
            List<MediaType> types = new ArrayList<>(MediaType.parseMediaTypes(accept));
            types.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
            return types;
        } catch (InvalidMediaTypeException unreadable) {
            return List.of();
        }
    }
}
