package id.pantau.reporting.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The dashboard speaks Indonesian whatever the browser asks for, and English once chosen ({@code ?lang=en}, kept in
 * a cookie); the API keeps answering in the language of the {@code Accept-Language} header.
 */
@Configuration(proxyBeanMethods = false)
class DashboardLocale implements WebMvcConfigurer {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");
    static final String COOKIE = "pantau-lang";

    /** Replaces Spring Boot's resolver, so the API's keeps its setting: {@code spring.web.locale}, the default language. */
    @Bean
    LocaleResolver localeResolver(@Value("${spring.web.locale:}") String apiDefault) {
        CookieLocaleResolver dashboard = new CookieLocaleResolver(COOKIE);
        dashboard.setDefaultLocale(INDONESIAN);
        AcceptHeaderLocaleResolver api = new AcceptHeaderLocaleResolver();
        if (!apiDefault.isBlank()) {
            api.setDefaultLocale(Locale.forLanguageTag(apiDefault));
        }
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return DashboardPaths.isSessionPath(shown(request)) ? dashboard.resolveLocale(request)
                        : api.resolveLocale(request);
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                dashboard.setLocale(request, response, locale);
            }
        };
    }

    /** The page asked for: on an error dispatch, the one that failed, whose language the error page speaks. */
    private static String shown(HttpServletRequest request) {
        return request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed ? failed
                : request.getRequestURI();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        registry.addInterceptor(change).addPathPatterns("/", "/dashboard/**");
    }
}
