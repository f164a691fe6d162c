package id.pantau.reporting.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code pantau.dashboard.*}: where people log in to the dashboard. Without an {@code issuer-uri} the service serves
 * its API only.
 *
 * @param issuerUri the OIDC provider (its discovery document is read on the first login, so the service starts
 *                  while the provider is still coming up)
 * @param clientId  the dashboard's public client at that provider; the code is protected with PKCE
 */
@ConfigurationProperties("pantau.dashboard")
public record DashboardLogin(String issuerUri, String clientId) {

    public DashboardLogin {
        clientId = clientId == null || clientId.isBlank() ? "pantau-dashboard" : clientId;
    }
}
