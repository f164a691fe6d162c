package id.pantau.reporting.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code pantau.dashboard.*}: where people log in to the dashboard. Without an {@code issuer-uri} the service serves
 * its API only.
 *
 * @param issuerUri    the OIDC provider, as its tokens name it ({@code iss}); its OpenID configuration is read on the
 *                     first login, so the service starts while the provider is still coming up
 * @param discoveryUri where this service reads that configuration when it reaches the provider under another
 *                     address than the browser does (a container network); by default the issuer's
 *                     {@code /.well-known/openid-configuration}
 * @param clientId     the dashboard's public client at that provider; the code is protected with PKCE
 */
@ConfigurationProperties("pantau.dashboard")
public record DashboardLogin(String issuerUri, String discoveryUri, String clientId) {

    public DashboardLogin {
        clientId = clientId == null || clientId.isBlank() ? "pantau-dashboard" : clientId;
    }

    boolean discoveredElsewhere() {
        return discoveryUri != null && !discoveryUri.isBlank();
    }
}
