package id.pantau.reporting.web;

import id.pantau.testing.TestCaller;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's browser session on the dashboard over plain HTTP: the authorization-code login through the
 * {@link LoginProvider}'s form, followed redirect by redirect, then requests that carry the session cookie only.
 */
public final class DashboardSession {

    /** What a browser asks for when it opens a page. */
    public static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private HttpResponse<String> last;

    private DashboardSession(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A session that has not logged in. */
    public static DashboardSession anonymous(String base) {
        return new DashboardSession(base);
    }

    /** Logs {@code person} in (registered with the provider) and ends on the page they asked for, {@code /}. */
    public static DashboardSession login(String base, LoginProvider provider, TestCaller person) {
        DashboardSession session = new DashboardSession(base);
        HttpResponse<String> response = session.follow(session.get("/"), 1);
        String authorize = response.headers().firstValue("Location").orElseThrow();
        if (!authorize.startsWith(provider.issuer() + "/authorize?")) {
            throw new IllegalStateException("not sent to the provider: " + authorize);
        }
        session.get(authorize);
        String form = authorize.substring(authorize.indexOf('?') + 1) + "&username="
                + URLEncoder.encode(person.subject(), StandardCharsets.UTF_8) + "&password=" + LoginProvider.PASSWORD;
        HttpResponse<String> loggedIn = session.send(HttpRequest.newBuilder(URI.create(provider.issuer() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        session.last = session.follow(loggedIn, 2);
        return session;
    }

    /** Where the login ended: the status and, for a redirect, its target. */
    public HttpResponse<String> landing() {
        return last;
    }

    public HttpResponse<String> get(String path) {
        return get(path, "en-US,en;q=0.9");
    }

    /** A browser that prefers another language than the dashboard's default. */
    public HttpResponse<String> get(String path, String acceptLanguage) {
        return send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
                .header("Accept", BROWSER_ACCEPT).header("Accept-Language", acceptLanguage).GET().build());
    }

    /** Logs out with the logout form of a page (its CSRF token included), as the button does. */
    public HttpResponse<String> logout() {
        Matcher token = CSRF.matcher(get("/").body());
        if (!token.find()) {
            throw new IllegalStateException("the page has no logout form");
        }
        return send(HttpRequest.newBuilder(URI.create(base + "/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(token.group(1),
                        StandardCharsets.UTF_8))).build());
    }

    /** A form posted without the CSRF token its page carries, as a forged request from another site would. */
    public HttpResponse<String> postWithoutCsrfToken(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", BROWSER_ACCEPT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.noBody()).build());
    }

    private HttpResponse<String> follow(HttpResponse<String> response, int times) {
        HttpResponse<String> current = response;
        for (int i = 0; i < times && current.statusCode() == 302; i++) {
            current = get(current.headers().firstValue("Location").orElseThrow());
        }
        return current;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
