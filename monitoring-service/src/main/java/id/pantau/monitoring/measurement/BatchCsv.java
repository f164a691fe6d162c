package id.pantau.monitoring.measurement;

import id.pantau.defaults.problem.ApiProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads a batch sent as {@code text/csv}: a header row naming the columns (any order; {@code innovationId},
 * {@code indicatorId}, {@code period} and {@code value} are required, {@code note}, {@code evidenceUrl},
 * {@code measuredAt} and {@code source} optional), then one measurement per line. Commas separate the columns,
 * or semicolons when the header has no comma (as spreadsheets set to Indonesian save it); a UTF-8 byte order
 * mark is skipped.
 */
final class BatchCsv {

    static final Set<String> REQUIRED = Set.of("innovationId", "indicatorId", "period", "value");
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvReadFeature.TRIM_SPACES, CsvReadFeature.TRIM_HEADER_SPACES, CsvReadFeature.SKIP_EMPTY_LINES,
                    CsvReadFeature.EMPTY_STRING_AS_NULL)
            .build();

    private BatchCsv() {
    }

    /** @throws ApiProblem when the header lacks a required column or the text is not CSV */
    static List<BatchRow> read(String text) {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int lineEnd = csv.indexOf('\n');
        String header = lineEnd < 0 ? csv : csv.substring(0, lineEnd);
        char separator = header.indexOf(',') < 0 && header.indexOf(';') >= 0 ? ';' : ',';
        Set<String> columns = Arrays.stream(header.split(String.valueOf(separator)))
                .map(column -> column.strip().replace("\"", "")).collect(Collectors.toSet());
        List<String> missing = REQUIRED.stream().filter(column -> !columns.contains(column)).sorted().toList();
        if (!missing.isEmpty()) {
            throw ApiProblem.invalid("body", "batch-csv-columns", String.join(", ", missing));
        }
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(separator);
        List<BatchRow> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> lines = MAPPER.readerForMapOf(String.class).with(schema)
                .readValues(csv)) {
            while (lines.hasNextValue()) {
                Map<String, String> line = lines.nextValue();
                rows.add(new BatchRow(rows.size() + 1, line.get("innovationId"), line.get("indicatorId"),
                        line.get("period"), line.get("value"), line.get("note"), line.get("evidenceUrl"),
                        line.get("measuredAt"), line.get("source")));
            }
        } catch (JacksonException unreadable) {
            throw ApiProblem.invalid("body", "batch-csv-unreadable", rows.size() + 2,
                    unreadable.getOriginalMessage());
        }
        return rows;
    }
}
