package id.pantau.innovation.etag;

import id.pantau.defaults.problem.ApiProblem;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;

/**
 * A record's version (an innovation's, an OPD's) as an HTTP entity tag, {@code "3"}, and back from an If-Match
 * header. A change without If-Match is refused (428): a client that has not read the record would overwrite what
 * it never saw.
 */
public final class Etags {

    private static final Pattern TAG = Pattern.compile("\\s*(?:W/)?\"(\\d{1,18})\"\\s*");

    private Etags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * @throws ApiProblem 428 {@code if-match-required} without the header, 412 {@code stale-version} when it names
     *                    another version (or none this service made)
     */
    public static void check(String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiProblem(HttpStatus.PRECONDITION_REQUIRED, "if-match-required", List.of());
        }
        Matcher tag = TAG.matcher(ifMatch);
        if (!tag.matches() || Long.parseLong(tag.group(1)) != current) {
            throw ApiProblem.preconditionFailed("stale-version", ifMatch.strip());
        }
    }
}
