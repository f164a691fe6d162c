package id.pantau.reporting.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The language switch's links ({@code ${languageSwitch['en']}} in the pages): the page being shown with only its
 * {@code lang} changed, so that switching keeps the region and every other query parameter. On an error page, the
 * page that failed.
 */
@ControllerAdvice(assignableTypes = DashboardController.class)
class LanguageSwitch {

    static final String ATTRIBUTE = "languageSwitch";

    @ModelAttribute(ATTRIBUTE)
    Map<String, String> links(HttpServletRequest request) {
        return of(request);
    }

    static Map<String, String> of(HttpServletRequest request) {
        return Map.of("id", link(request, "id"), "en", link(request, "en"));
    }

    static String link(HttpServletRequest request, String language) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        UriComponentsBuilder link = failed instanceof String path ? UriComponentsBuilder.fromPath(path)
                : UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString());
        return link.replaceQueryParam("lang", language).build().toUriString();
    }
}
