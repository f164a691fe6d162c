package id.pantau.reporting.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DashboardClientTest {

    private static final LoginProvider PROVIDER = LoginProvider.start();

    @AfterAll
    static void stop() {
        PROVIDER.close();
    }

    @Test
    void thePublicClientsEndpointsComeFromTheIssuersConfiguration() {
        ClientRegistration client = new DashboardClient(new DashboardLogin(PROVIDER.issuer(), null, null), "pantau")
                .findByRegistrationId("pantau");

        assertThat(client.getClientId()).isEqualTo("pantau-dashboard");
        assertThat(client.getClientAuthenticationMethod()).isEqualTo(ClientAuthenticationMethod.NONE);
        assertThat(client.getAuthorizationGrantType()).isEqualTo(AuthorizationGrantType.AUTHORIZATION_CODE);
        assertThat(client.getScopes()).containsExactly("openid");
        assertThat(client.getProviderDetails().getAuthorizationUri()).isEqualTo(PROVIDER.issuer() + "/authorize");
        assertThat(client.getProviderDetails().getTokenUri()).isEqualTo(PROVIDER.issuer() + "/token");
        assertThat(client.getProviderDetails().getIssuerUri()).isEqualTo(PROVIDER.issuer());
        assertThat(new DashboardClient(new DashboardLogin(PROVIDER.issuer(), null, null), "pantau")
                .findByRegistrationId("other")).isNull();
    }

    @Test
    void theConfigurationMayBeReadAtAnotherAddressButMustBeTheIssuers() {
        String elsewhere = PROVIDER.issuer().replace("127.0.0.1", "localhost") + "/.well-known/openid-configuration";

        ClientRegistration client = new DashboardClient(new DashboardLogin(PROVIDER.issuer(), elsewhere, null), "pantau")
                .findByRegistrationId("pantau");
        assertThat(client.getProviderDetails().getJwkSetUri()).isEqualTo(PROVIDER.issuer() + "/jwks");

        DashboardClient impostor = new DashboardClient(new DashboardLogin("http://127.0.0.1:1/realms/other", elsewhere,
                null), "pantau");
        assertThatThrownBy(() -> impostor.findByRegistrationId("pantau"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("is not that of the issuer");
    }
}
