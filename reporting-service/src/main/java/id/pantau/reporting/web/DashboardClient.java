package id.pantau.reporting.web;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.web.client.RestClient;

/**
 * The dashboard's one client registration: a public client (PKCE) of the configured provider, whose endpoints come
 * from its OpenID configuration. Read on the first login and kept once found, so that the service starts while the
 * provider is down and a provider that is down fails that login only.
 */
final class DashboardClient implements ClientRegistrationRepository {

    private final DashboardLogin login;
    private final String registrationId;
    private final AtomicReference<ClientRegistration> discovered = new AtomicReference<>();

    DashboardClient(DashboardLogin login, String registrationId) {
        this.login = login;
        this.registrationId = registrationId;
    }

    @Override
    public ClientRegistration findByRegistrationId(String id) {
        if (!registrationId.equals(id)) {
            return null;
        }
        return discovered.updateAndGet(known -> known != null ? known : provider()
                .registrationId(registrationId)
                .clientId(login.clientId())
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(OidcScopes.OPENID)
                .userNameAttributeName("sub")
                .build());
    }

    /** The configuration read elsewhere must still be the issuer's own: its {@code issuer} is the configured one. */
    @SuppressWarnings("unchecked")
    private ClientRegistration.Builder provider() {
        if (!login.discoveredElsewhere()) {
            return ClientRegistrations.fromIssuerLocation(login.issuerUri());
        }
        Map<String, Object> configuration = RestClient.create().get().uri(login.discoveryUri()).retrieve()
                .body(Map.class);
        if (configuration == null || !login.issuerUri().equals(configuration.get("issuer"))) {
            throw new IllegalStateException("The OpenID configuration at " + login.discoveryUri()
                    + " is not that of the issuer " + login.issuerUri());
        }
        return ClientRegistrations.fromOidcConfiguration(configuration);
    }
}
