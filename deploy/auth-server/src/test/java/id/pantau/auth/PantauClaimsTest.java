package id.pantau.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;

class PantauClaimsTest {

    private static final String PTSP = "2.18.0.00.0.00.01.0000";
    private static final OAuth2TokenType ID_TOKEN = new OAuth2TokenType(OidcParameterNames.ID_TOKEN);

    private final DemoIdentities identities = new DemoIdentities("pantau-api", Duration.ofMinutes(15),
            List.of(new DemoIdentities.Client("opd-ptsp", "s", List.of("OPD_OPERATOR"), "32.73", PTSP),
                    new DemoIdentities.Client("province-admin", "s", List.of("PROVINCE_ADMIN"), "32", null)),
            List.of(new DemoIdentities.User("operator.ptsp", "p", List.of("OPD_OPERATOR", "VIEWER"), "32.73", PTSP)),
            new DemoIdentities.Dashboard("pantau-dashboard", List.of("http://127.0.0.1:8084/")));
    private final PantauClaims customizer = new PantauClaims(identities);

    @Test
    void aMachineClientsAccessTokenCarriesItsRolesRegionAndOpdAndIsAddressedToTheApi() {
        JwtClaimsSet claims = customize("opd-ptsp", "opd-ptsp", AuthorizationGrantType.CLIENT_CREDENTIALS,
                OAuth2TokenType.ACCESS_TOKEN);

        assertThat(claims.getAudience()).containsExactly("pantau-api");
        assertThat(claims.getClaims())
                .containsEntry("roles", List.of("OPD_OPERATOR"))
                .containsEntry("region", "32.73")
                .containsEntry("opd", PTSP)
                .containsEntry("azp", "opd-ptsp")
                .containsEntry("sub", "opd-ptsp");
    }

    @Test
    void aCallerNotBoundToAnOpdGetsNoOpdClaim() {
        JwtClaimsSet claims = customize("province-admin", "province-admin", AuthorizationGrantType.CLIENT_CREDENTIALS,
                OAuth2TokenType.ACCESS_TOKEN);

        assertThat(claims.getClaims()).containsEntry("region", "32").doesNotContainKey("opd");
    }

    @Test
    void aPersonIsLookedUpByUserNameAndTheDashboardIsTheAuthorizedParty() {
        JwtClaimsSet claims = customize("pantau-dashboard", "operator.ptsp", AuthorizationGrantType.AUTHORIZATION_CODE,
                OAuth2TokenType.ACCESS_TOKEN);

        assertThat(claims.getAudience()).containsExactly("pantau-api");
        assertThat(claims.getClaims())
                .containsEntry("roles", List.of("OPD_OPERATOR", "VIEWER"))
                .containsEntry("region", "32.73")
                .containsEntry("opd", PTSP)
                .containsEntry("azp", "pantau-dashboard");
    }

    @Test
    void anIdTokenCarriesTheScopeClaimsButStaysAddressedToItsClient() {
        JwtClaimsSet claims = customize("pantau-dashboard", "operator.ptsp", AuthorizationGrantType.AUTHORIZATION_CODE,
                ID_TOKEN);

        assertThat(claims.getAudience()).containsExactly("pantau-dashboard");
        assertThat(claims.getClaims()).containsEntry("region", "32.73").containsKey("roles").doesNotContainKey("azp");
    }

    @Test
    void aCallerWithoutADemoIdentityGetsNoRolesButTheTokenIsStillOnlyForTheApi() {
        JwtClaimsSet claims = customize("pantau-dashboard", "stranger", AuthorizationGrantType.AUTHORIZATION_CODE,
                OAuth2TokenType.ACCESS_TOKEN);

        assertThat(claims.getAudience()).containsExactly("pantau-api");
        assertThat(claims.getClaims()).doesNotContainKeys("roles", "region", "opd");
    }

    /** Runs the customizer on claims as Spring Authorization Server prepares them: audience = the client id. */
    private JwtClaimsSet customize(String clientId, String principal, AuthorizationGrantType grant,
                                   OAuth2TokenType tokenType) {
        RegisteredClient client = RegisteredClient.withId(clientId).clientId(clientId)
                .authorizationGrantType(grant).redirectUri("http://127.0.0.1:8084/").build();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().subject(principal).audience(List.of(clientId));
        JwtEncodingContext context = JwtEncodingContext.with(JwsHeader.with(SignatureAlgorithm.RS256), claims)
                .registeredClient(client)
                .principal(new TestingAuthenticationToken(principal, null))
                .authorizationGrantType(grant)
                .tokenType(tokenType)
                .build();
        customizer.customize(context);
        return claims.build();
    }
}
