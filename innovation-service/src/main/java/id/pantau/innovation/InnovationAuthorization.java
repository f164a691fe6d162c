package id.pantau.innovation;

import id.pantau.defaults.security.ApiAuthorization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import static id.pantau.defaults.security.ApiAuthorization.anyRole;
import static id.pantau.defaults.security.ApiAuthorization.roles;
import static id.pantau.defaults.security.Role.OPD_OPERATOR;
import static id.pantau.defaults.security.Role.PROVINCE_ADMIN;
import static id.pantau.defaults.security.Role.REGION_ADMIN;

/**
 * Which roles may call which endpoint of the register. Where in the region tree they may act is decided by
 * the directories and the register through {@link id.pantau.defaults.security.Scope}: every read is limited
 * to the caller's regions, and every write checked against the region (and OPD) it changes.
 */
@Configuration(proxyBeanMethods = false)
class InnovationAuthorization {

    @Bean
    ApiAuthorization rolesPerEndpoint() {
        return api -> api
                // the province keeps its own directory of kabupaten/kota
                .requestMatchers(HttpMethod.POST, "/api/v1/regions").hasAnyRole(roles(PROVINCE_ADMIN))
                // a region's administration keeps its list of OPDs
                .requestMatchers(HttpMethod.POST, "/api/v1/regions/{regionCode}/opds")
                .hasAnyRole(roles(PROVINCE_ADMIN, REGION_ADMIN))
                // and keeps them up to date, switches them off and, for the province, whole regions
                .requestMatchers(HttpMethod.PATCH, "/api/v1/opds/{id}").hasAnyRole(roles(PROVINCE_ADMIN, REGION_ADMIN))
                .requestMatchers(HttpMethod.POST, "/api/v1/regions/{code}/deactivate").hasAnyRole(roles(PROVINCE_ADMIN))
                // an OPD registers its own action plan; the administrations may do it for any OPD they write for
                .requestMatchers(HttpMethod.POST, "/api/v1/innovations")
                .hasAnyRole(roles(PROVINCE_ADMIN, REGION_ADMIN, OPD_OPERATOR))
                // a whole action-plan table at once, row by row under the same remit as one registration
                .requestMatchers(HttpMethod.POST, "/api/v1/innovations/import")
                .hasAnyRole(roles(PROVINCE_ADMIN, REGION_ADMIN, OPD_OPERATOR))
                // and keeps it up to date: its description, its stage and its indicators
                .requestMatchers(HttpMethod.PATCH, "/api/v1/innovations/{id}")
                .hasAnyRole(roles(PROVINCE_ADMIN, REGION_ADMIN, OPD_OPERATOR))
                .requestMatchers(HttpMethod.POST, "/api/v1/innovations/{id}/stage",
                        "/api/v1/innovations/{id}/replications", "/api/v1/innovations/{id}/evidence",
                        "/api/v1/innovations/{id}/indicators/{indicatorId}/evidence",
                        "/api/v1/innovations/{id}/indicators",
                        "/api/v1/innovations/{id}/indicators/{indicatorId}/revisions",
                        "/api/v1/innovations/{id}/indicators/{indicatorId}/retirement")
                .hasAnyRole(roles(PROVINCE_ADMIN, REGION_ADMIN, OPD_OPERATOR))
                .requestMatchers(HttpMethod.GET, "/api/v1/regions", "/api/v1/regions/{code}",
                        "/api/v1/regions/{regionCode}/opds", "/api/v1/regions/{regionCode}/opds/{code}",
                        "/api/v1/innovations", "/api/v1/innovations/counts", "/api/v1/innovations/{id}",
                        "/api/v1/innovations/import/template", "/api/v1/innovations/import/sample")
                .hasAnyRole(anyRole());
    }
}
