package id.pantau.reporting.projection;

import id.pantau.defaults.security.ApiAuthorization;
import id.pantau.defaults.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import static id.pantau.defaults.security.ApiAuthorization.roles;

/** Rebuilding the projections concerns every region the service reports on: the province admin's only. */
@Configuration(proxyBeanMethods = false)
class ProjectionAuthorization {

    @Bean
    ApiAuthorization projectionApi() {
        return api -> api
                .requestMatchers(HttpMethod.POST, "/api/v1/projections/rebuild").hasAnyRole(roles(Role.PROVINCE_ADMIN))
                .requestMatchers(HttpMethod.GET, "/api/v1/projections/rebuild/{rebuildId}")
                .hasAnyRole(roles(Role.PROVINCE_ADMIN));
    }
}
