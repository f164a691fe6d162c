package id.pantau.reporting.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The dashboard's errors as a page of the dashboard, for the person's browser: a 404 of an innovation, indicator, OPD
 * or report unknown or outside their scope, a 403 of a login refused or a form without its CSRF token. Ordered
 * before the service's problem handler, and only for the dashboard's controller and paths: the API keeps answering
 * {@code application/problem+json}.
 */
@ControllerAdvice(assignableTypes = DashboardController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DashboardErrors implements ErrorViewResolver {

    static final String VIEW = "web/error";

    @ExceptionHandler(ResponseStatusException.class)
    ModelAndView pageError(ResponseStatusException error, HttpServletRequest request) {
        HttpStatus status = HttpStatus.resolve(error.getStatusCode().value());
        return page(status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status, request);
    }

    /**
     * An error the servlet container sends to {@code /error} (the security chain's refusals), asked for by a browser
     * (Spring Boot asks only when it accepts HTML) on one of the dashboard's paths.
     */
    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        return model.get("path") instanceof String path && DashboardPaths.isSessionPath(path) ? page(status, request)
                : null;
    }

    private static ModelAndView page(HttpStatus status, HttpServletRequest request) {
        ModelAndView page = new ModelAndView(VIEW, status);
        page.addObject("status", status.value());
        page.addObject(LanguageSwitch.ATTRIBUTE, LanguageSwitch.of(request));
        return page;
    }
}
