package id.pantau.monitoring;

import static id.pantau.defaults.security.ApiAuthorization.anyRole;
import static id.pantau.defaults.security.ApiAuthorization.roles;
import static id.pantau.defaults.security.Role.OPD_OPERATOR;
import static id.pantau.defaults.security.Role.PROVINCE_ADMIN;
import static id.pantau.defaults.security.Role.REGION_ADMIN;

import id.pantau.defaults.security.ApiAuthorization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call which endpoint of monitoring-service. Measurements are submitted by the OPDs (and their admins,
 * who report for an OPD that cannot); the inspectorate, Bappeda and viewers follow them but change nothing.
 * Which indicators a caller may submit for and read is the scope's business (the indicator's region and OPD).
 * Judging settings are changed by the province's and the region's admins.
 */
@Configuration(proxyBeanMethods = false)
class MonitoringAuthorization {

    @Bean
    ApiAuthorization monitoringApi() {
        return api -> api
                .requestMatchers(HttpMethod.POST, "/api/v1/measurements", "/api/v1/measurements/batch")
                .hasAnyRole(roles(PROVINCE_ADMIN, REGION_ADMIN, OPD_OPERATOR))
                .requestMatchers(HttpMethod.PUT, "/api/v1/measurements/{id}")
                .hasAnyRole(roles(PROVINCE_ADMIN, REGION_ADMIN, OPD_OPERATOR))
                .requestMatchers(HttpMethod.PUT, "/api/v1/settings/{regionCode}")
                .hasAnyRole(roles(PROVINCE_ADMIN, REGION_ADMIN))
                .requestMatchers(HttpMethod.GET, "/api/v1/measurements", "/api/v1/measurements/{id}",
                        "/api/v1/indicators/{id}/status", "/api/v1/compliance", "/api/v1/status",
                        "/api/v1/settings/{regionCode}")
                .hasAnyRole(anyRole());
    }
}
