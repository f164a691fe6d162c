package id.pantau.reporting.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The dashboard's own security chain, before the API's: limited to the dashboard's paths, a session opened by the
 * OIDC authorization-code flow (PKCE, public client), with CSRF protection for its forms. The API's chain stays
 * stateless and accepts bearer tokens only.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "pantau.dashboard", name = "issuer-uri")
class DashboardSecurity {

    static final String REGISTRATION = "pantau";

    @Bean
    @Order(1)
    SecurityFilterChain dashboardSessions(HttpSecurity http) throws Exception {
        SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
        http.securityMatcher(DashboardPaths.ALL)
                .securityContext(context -> context.securityContextRepository(sessions))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(DashboardPaths.PUBLIC).permitAll()
                        .anyRequest().authenticated())
                .oauth2Login(login -> login
                        .loginPage("/oauth2/authorization/" + REGISTRATION)
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(boundUsers()))
                        .successHandler(sessionCaller(sessions))
                        .failureHandler((request, response, refused) ->
                                response.sendError(HttpServletResponse.SC_FORBIDDEN, refused.getMessage())))
                .logout(logout -> logout.logoutSuccessUrl(DashboardPaths.SIGNED_OUT))
                .addFilterBefore(new SessionCallerFilter(), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    ClientRegistrationRepository dashboardClient(DashboardLogin login) {
        return new DashboardClient(login, REGISTRATION);
    }

    /** Refuses the login of a person whose ID token binds them nowhere, before any session holds them. */
    private static OAuth2UserService<OidcUserRequest, OidcUser> boundUsers() {
        OidcUserService users = new OidcUserService();
        CallerClaims claims = new CallerClaims();
        return request -> {
            OidcUser user = users.loadUser(request);
            OidcIdToken withCaller = claims.of(user.getIdToken(), request);
            SessionCaller.of(withCaller);
            return new DefaultOidcUser(user.getAuthorities(), withCaller, "sub");
        };
    }

    /** Keeps the person as the same caller the API knows, in the session, then goes where they were going. */
    private static AuthenticationSuccessHandler sessionCaller(SecurityContextRepository sessions) {
        SavedRequestAwareAuthenticationSuccessHandler target = new SavedRequestAwareAuthenticationSuccessHandler();
        return (HttpServletRequest request, HttpServletResponse response, Authentication login) -> {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(SessionCaller.of(((OidcUser) login.getPrincipal()).getIdToken()));
            SecurityContextHolder.setContext(context);
            sessions.saveContext(context, request, response);
            target.onAuthenticationSuccess(request, response, context.getAuthentication());
        };
    }
}
