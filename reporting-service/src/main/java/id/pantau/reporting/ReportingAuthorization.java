package id.pantau.reporting;

import id.pantau.defaults.security.ApiAuthorization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import static id.pantau.defaults.security.ApiAuthorization.anyRole;

/**
 * Who may call the reports: every role, each within its own scope (the queries keep other regions out). Reading
 * changes nothing; the one write, rebuilding the projections, is guarded by {@code ProjectionAuthorization}; the
 * audit endpoints are service-defaults' own.
 */
@Configuration(proxyBeanMethods = false)
class ReportingAuthorization {

    @Bean
    ApiAuthorization reportingApi() {
        return api -> api
                .requestMatchers(HttpMethod.GET, "/api/v1/reports/action-plan",
                        "/api/v1/reports/action-plan/{innovationId}", "/api/v1/reports/early-warning",
                        "/api/v1/reports/innovation-recap", "/api/v1/reports/quarterly-monev",
                        "/api/v1/reports/reporting-compliance", "/api/v1/reports/replications",
                        "/api/v1/reports/indicator-achievement", "/api/v1/reports/innovation-index")
                .hasAnyRole(anyRole());
    }
}
