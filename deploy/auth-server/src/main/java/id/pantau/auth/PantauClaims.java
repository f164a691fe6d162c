package id.pantau.auth;

import java.util.List;
import java.util.Optional;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * Puts into each token what the services scope by: {@code roles}, {@code region} and, for a caller bound to an OPD,
 * {@code opd}. An access token is also addressed to the services ({@code aud}) and names the client that asked for
 * it ({@code azp}), as Keycloak's tokens do. A machine client is looked up by its client id, a person by user name.
 */
@Component
class PantauClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    static final String ROLES = "roles";
    static final String REGION = "region";
    static final String OPD = "opd";
    static final String AUTHORIZED_PARTY = "azp";

    private final DemoIdentities identities;

    PantauClaims(DemoIdentities identities) {
        this.identities = identities;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        JwtClaimsSet.Builder claims = context.getClaims();
        if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            // replaces Spring's default audience, the client id: a token is for the API, not for its own client
            claims.audience(List.of(identities.audience()));
            claims.claim(AUTHORIZED_PARTY, context.getRegisteredClient().getClientId());
        } else if (!OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
            return;
        }
        caller(context).ifPresent(caller -> {
            claims.claim(ROLES, List.copyOf(caller.roles()));
            claims.claim(REGION, caller.region());
            if (caller.opd() != null) {
                claims.claim(OPD, caller.opd());
            }
        });
    }

    /** Empty for a caller with no demo identity, whose token then carries no roles and opens nothing. */
    private Optional<? extends DemoIdentities.Caller> caller(JwtEncodingContext context) {
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            return identities.client(context.getRegisteredClient().getClientId());
        }
        return identities.user(context.getPrincipal().getName());
    }
}
