package id.pantau.innovation.actionplan;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads an action plan saved as CSV: UTF-8 with or without its byte-order mark (a file that is not UTF-8 is
 * read as Windows-1252, as older Excel saves it), fields separated by ";" (what Excel writes on Indonesian
 * settings, where the comma is the decimal mark) or ",", whichever the header line uses more; fields in double
 * quotes may hold separators, line breaks and doubled quotes (RFC 4180).
 */
public final class CsvTable {

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();

    private CsvTable() {
    }

    /** @throws id.pantau.defaults.problem.ApiProblem 422 {@code import-unreadable} for a quote left open */
    public static SheetTable read(byte[] content) {
        String text = decode(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char separator = separator(text);
        List<List<String>> records = records(text, separator);
        List<SheetTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            rows.add(new SheetTable.Row(i + 1, records.get(i)));
        }
        return SheetTables.withHeader(rows);
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException notUtf8) {
            CharBuffer chars = Charset.forName("windows-1252").decode(ByteBuffer.wrap(content));
            return chars.toString();
        }
    }

    /** The separator the first line uses more, outside quotes; ";" on a tie, as Indonesian Excel writes. */
    private static char separator(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return commas > semicolons ? ',' : ';';
    }

    private static List<List<String>> records(String text, char separator) {
        List<List<String>> records = new ArrayList<>();
        try (MappingIterator<String[]> lines = CSV.readerFor(String[].class)
                .with(CsvSchema.emptySchema().withColumnSeparator(separator)).readValues(text)) {
            while (lines.hasNextValue()) {
                records.add(Arrays.asList(lines.nextValue()));
            }
        } catch (JacksonException unreadable) {
            throw ImportProblems.unreadable("CSV");
        }
        return records;
    }
}
