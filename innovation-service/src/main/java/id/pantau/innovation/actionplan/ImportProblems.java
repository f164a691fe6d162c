package id.pantau.innovation.actionplan;

import id.pantau.defaults.problem.ApiProblem;
import java.util.List;
import org.springframework.http.HttpStatus;

/** The refusals of a whole import file; a refused file writes nothing. */
final class ImportProblems {

    private ImportProblems() {
    }

    /** The file is not a readable CSV or XLSX. */
    static ApiProblem unreadable(String format) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "import-unreadable", List.of(), format);
    }

    /** No header row, or no data row under it. */
    static ApiProblem empty() {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "import-empty", List.of());
    }

    static ApiProblem columnsMissing(List<String> columns) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "import-columns-missing", List.of(),
                String.join(", ", columns));
    }

    static ApiProblem columnTwice(String column) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "import-column-twice", List.of(), column);
    }

    static ApiProblem tooManyRows(int rows, int limit) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "import-too-many-rows", List.of(), rows, limit);
    }

    static ApiProblem tooLarge(long limitKilobytes) {
        return new ApiProblem(HttpStatus.CONTENT_TOO_LARGE, "import-too-large", List.of(), limitKilobytes);
    }
}
