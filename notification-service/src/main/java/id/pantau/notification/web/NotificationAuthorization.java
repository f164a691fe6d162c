package id.pantau.notification.web;

import id.pantau.defaults.security.ApiAuthorization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import static id.pantau.defaults.security.ApiAuthorization.anyRole;
import static id.pantau.defaults.security.ApiAuthorization.roles;
import static id.pantau.defaults.security.Role.INSPECTOR;
import static id.pantau.defaults.security.Role.PROVINCE_ADMIN;
import static id.pantau.defaults.security.Role.REGION_ADMIN;
import static id.pantau.defaults.security.Role.VERIFIER;

/**
 * Which roles may call which endpoint of notification-service; where they may act is the scope's business.
 * Recipients hold contact addresses: administrators keep them, the inspectorate may read them; routing rules
 * likewise. Alerts are
 * read by everyone in scope and followed up by the inspectorate, Bappeda's verifiers and the administrators;
 * their deliveries (which may quote addresses in errors) are for administrators and the inspectorate. Silences
 * are set and expired by the inspectorate and the administrators, and read by Bappeda's verifiers too.
 */
@Configuration(proxyBeanMethods = false)
class NotificationAuthorization {

    @Bean
    ApiAuthorization notificationEndpoints() {
        return api -> api
                .requestMatchers(HttpMethod.POST, "/api/v1/recipients")
                .hasAnyRole(roles(PROVINCE_ADMIN, REGION_ADMIN))
                .requestMatchers(HttpMethod.DELETE, "/api/v1/recipients/{id}")
                .hasAnyRole(roles(PROVINCE_ADMIN, REGION_ADMIN))
                .requestMatchers(HttpMethod.POST, "/api/v1/recipients/{id}/webhook-secret", "/api/v1/recipients/{id}/test")
                .hasAnyRole(roles(PROVINCE_ADMIN, REGION_ADMIN))
                .requestMatchers(HttpMethod.GET, "/api/v1/recipients", "/api/v1/recipients/{id}")
                .hasAnyRole(roles(PROVINCE_ADMIN, REGION_ADMIN, INSPECTOR))
                .requestMatchers(HttpMethod.POST, "/api/v1/routes")
                .hasAnyRole(roles(PROVINCE_ADMIN, REGION_ADMIN))
                .requestMatchers(HttpMethod.DELETE, "/api/v1/routes/{id}")
                .hasAnyRole(roles(PROVINCE_ADMIN, REGION_ADMIN))
                .requestMatchers(HttpMethod.GET, "/api/v1/routes", "/api/v1/routes/{id}")
                .hasAnyRole(roles(PROVINCE_ADMIN, REGION_ADMIN, INSPECTOR))
                .requestMatchers(HttpMethod.GET, "/api/v1/alerts", "/api/v1/alerts/{id}").hasAnyRole(anyRole())
                .requestMatchers(HttpMethod.POST, "/api/v1/alerts/{id}/acknowledge", "/api/v1/alerts/{id}/resolve")
                .hasAnyRole(roles(PROVINCE_ADMIN, REGION_ADMIN, INSPECTOR, VERIFIER))
                .requestMatchers(HttpMethod.GET, "/api/v1/alerts/{id}/deliveries")
                .hasAnyRole(roles(PROVINCE_ADMIN, REGION_ADMIN, INSPECTOR))
                .requestMatchers(HttpMethod.GET, "/api/v1/silences", "/api/v1/silences/{id}")
                .hasAnyRole(roles(PROVINCE_ADMIN, REGION_ADMIN, INSPECTOR, VERIFIER))
                .requestMatchers(HttpMethod.POST, "/api/v1/silences", "/api/v1/silences/{id}/expire")
                .hasAnyRole(roles(PROVINCE_ADMIN, REGION_ADMIN, INSPECTOR));
    }
}
