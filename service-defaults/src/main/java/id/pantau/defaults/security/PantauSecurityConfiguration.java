package id.pantau.defaults.security;

import id.pantau.defaults.problem.ProblemFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import jakarta.servlet.DispatcherType;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

import static id.pantau.defaults.security.ApiAuthorization.roles;
import static id.pantau.defaults.security.Role.INSPECTOR;
import static id.pantau.defaults.security.Role.PROVINCE_ADMIN;
import static id.pantau.defaults.security.Role.REGION_ADMIN;

/**
 * The one security chain of every service: a stateless OAuth2 resource server for the trusted issuers, health
 * and readiness open, Prometheus and the API docs open only when configured, each service's
 * {@link ApiAuthorization} for its endpoints, and the audit endpoints every service has.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
public class PantauSecurityConfiguration {

    @Bean
    SecurityFilterChain pantauSecurity(HttpSecurity http, SecurityProperties properties,
                                       ObjectProvider<ApiAuthorization> services,
                                       ObjectProvider<RequestMappingHandlerMapping> mappings,
                                       ProblemFactory problems, JsonMapper json) {
        ProblemSecurityResponses responses = new ProblemSecurityResponses(problems, json);
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    // an error dispatch renders the error of a request the chain already let through or refused
                    requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
                    requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll();
                    if (properties.openPrometheus()) {
                        requests.requestMatchers("/actuator/prometheus").permitAll();
                    }
                    if (properties.openApiDocs()) {
                        requests.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
                                "/swagger-ui/**").permitAll();
                    }
                    requests.requestMatchers(HttpMethod.GET, "/api/v1/audit", "/api/v1/audit/verification")
                            .hasAnyRole(roles(PROVINCE_ADMIN, REGION_ADMIN, INSPECTOR));
                    services.orderedStream().forEach(service -> service.authorize(requests));
                    requests.requestMatchers("/api/**").access(new UnmappedApiPaths(mappings));
                    requests.anyRequest().authenticated();
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .authenticationManagerResolver(TrustedIssuers.resolver(properties))
                        .authenticationEntryPoint(responses)
                        .accessDeniedHandler(responses))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(responses).accessDeniedHandler(responses))
                .addFilterBefore(new IssuerUnavailableFilter(problems, json), BearerTokenAuthenticationFilter.class);
        return http.build();
    }
}
