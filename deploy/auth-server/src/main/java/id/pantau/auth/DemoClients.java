package id.pantau.auth;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/** The registered clients: one confidential client per demo machine caller, and the dashboard's public client. */
@Configuration(proxyBeanMethods = false)
class DemoClients {

    @Bean
    RegisteredClientRepository registeredClientRepository(DemoIdentities identities, PasswordEncoder passwords) {
        TokenSettings tokens = TokenSettings.builder().accessTokenTimeToLive(identities.tokenTtl()).build();
        List<RegisteredClient> clients = new ArrayList<>();
        for (DemoIdentities.Client client : identities.clients()) {
            clients.add(RegisteredClient.withId(client.id())
                    .clientId(client.id())
                    .clientSecret(passwords.encode(client.secret()))
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                    .tokenSettings(tokens)
                    .build());
        }
        clients.add(dashboard(identities.dashboard(), tokens));
        return new InMemoryRegisteredClientRepository(clients);
    }

    /** A browser cannot keep a secret: no client authentication, PKCE required instead. */
    private static RegisteredClient dashboard(DemoIdentities.Dashboard dashboard, TokenSettings tokens) {
        return RegisteredClient.withId(dashboard.clientId())
                .clientId(dashboard.clientId())
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUris(uris -> uris.addAll(dashboard.redirectUris()))
                .postLogoutRedirectUri(dashboard.redirectUris().get(0))
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(tokens)
                .build();
    }
}
