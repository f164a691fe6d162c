package id.pantau.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service's authorization matrix, read from one table: for every endpoint and every kind of target
 * (a resource in the caller's own region, in another region, of another OPD...), the status each role gets.
 * The table is pipe-separated text; its first line names the columns
 * {@code endpoint | target | <role> | <role> ...} (a role column named {@code ANONYMOUS} sends no token),
 * {@code #} starts a comment. {@link #assertCovers} fails when the service has an {@code /api} endpoint the
 * table does not list (or the table lists one that no longer exists), so a new endpoint cannot be added without
 * deciding who may call it.
 */
public final class AuthorizationMatrix {

    public static final String ANONYMOUS = "ANONYMOUS";

    /** How to call an endpoint for one target: the concrete path, the body (null for none) and extra headers. */
    public record Request(String path, Object body, String... headers) {

        public static Request of(String path) {
            return new Request(path, null);
        }
    }

    /** Builds the request for an endpoint and target; called once per cell, so writes can use fresh data. */
    @FunctionalInterface
    public interface Fixtures {
        Request request(String endpoint, String target, String role);
    }

    private record Row(String endpoint, String target, List<Integer> statuses) {
    }

    private final String resource;
    private final List<String> roles;
    private final List<Row> rows;

    private AuthorizationMatrix(String resource, List<String> roles, List<Row> rows) {
        this.resource = resource;
        this.roles = roles;
        this.rows = rows;
    }

    public static AuthorizationMatrix load(String resource) {
        InputStream in = AuthorizationMatrix.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalArgumentException("no authorization matrix at classpath:" + resource);
        }
        List<String> roles = null;
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String content = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
                if (content.isBlank()) {
                    continue;
                }
                List<String> cells = Arrays.stream(content.split("\\|")).map(String::trim).toList();
                if (roles == null) {
                    if (cells.size() < 3 || !cells.get(0).equals("endpoint") || !cells.get(1).equals("target")) {
                        throw new IllegalArgumentException(resource + ": the first line must be 'endpoint | target | roles...'");
                    }
                    roles = cells.subList(2, cells.size());
                    continue;
                }
                if (cells.size() != roles.size() + 2) {
                    throw new IllegalArgumentException(resource + ": " + roles.size() + " statuses expected in: " + line);
                }
                rows.add(new Row(cells.get(0), cells.get(1),
                        cells.subList(2, cells.size()).stream().map(Integer::valueOf).toList()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (roles == null || rows.isEmpty()) {
            throw new IllegalArgumentException(resource + " has no rows");
        }
        return new AuthorizationMatrix(resource, roles, rows);
    }

    /** The role columns, in table order. */
    public List<String> roles() {
        return roles;
    }

    /** Every {@code METHOD /path} the table lists. */
    public Set<String> endpoints() {
        Set<String> endpoints = new TreeSet<>();
        rows.forEach(row -> endpoints.add(row.endpoint()));
        return endpoints;
    }

    /** Fails unless the table lists exactly the {@code /api} endpoints the service maps. */
    public void assertCovers(RequestMappingHandlerMapping mapping) {
        Set<String> mapped = new TreeSet<>();
        mapping.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/"))
                .forEach(pattern -> info.getMethodsCondition().getMethods()
                        .forEach(method -> mapped.add(method.name() + " " + pattern))));
        Set<String> unlisted = new TreeSet<>(mapped);
        unlisted.removeAll(endpoints());
        Set<String> stale = new TreeSet<>(endpoints());
        stale.removeAll(mapped);
        assertThat(unlisted).as("endpoints missing from " + resource).isEmpty();
        assertThat(stale).as("rows of " + resource + " for endpoints that do not exist").isEmpty();
    }

    /** One test per cell: the endpoint called for the target as the role's caller answers the table's status. */
    public Stream<DynamicTest> tests(ApiClient api, Map<String, TestCaller> callers, Fixtures fixtures) {
        roles.stream().filter(role -> !role.equals(ANONYMOUS)).forEach(role ->
                assertThat(callers).as("a caller for column " + role).containsKey(role));
        return rows.stream().flatMap(row -> roles.stream().map(role -> {
            int expected = row.statuses().get(roles.indexOf(role));
            String name = row.endpoint() + " · " + row.target() + " · " + role + " → " + expected;
            return DynamicTest.dynamicTest(name, () -> {
                String method = row.endpoint().substring(0, row.endpoint().indexOf(' '));
                Request request = fixtures.request(row.endpoint(), row.target(), role);
                ApiClient client = role.equals(ANONYMOUS) ? api : api.as(callers.get(role));
                ApiClient.Response response = client.send(method, request.path(), request.body(), request.headers());
                assertThat(response.status()).as(name + " (" + method + " " + request.path() + "): " + response.body())
                        .isEqualTo(expected);
            });
        }));
    }
}
