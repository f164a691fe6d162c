package id.pantau.reporting.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The claims that bind a person ({@code roles} or Keycloak's {@code realm_access}, {@code region}, {@code opd}) as
 * the ID token carries them or, where a provider puts them into the access token only (Keycloak's default for realm
 * roles), as the access token of the same login carries them, its signature and issuer checked against the
 * provider's keys. What the ID token says wins.
 */
final class CallerClaims {

    private static final List<String> BINDING = List.of("roles", "realm_access", "region", "opd");

    private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

    OidcIdToken of(OidcIdToken idToken, OidcUserRequest login) {
        if (idToken.hasClaim("region") && (idToken.hasClaim("roles") || idToken.hasClaim("realm_access"))) {
            return idToken;
        }
        Jwt accessToken = decoder(login.getClientRegistration()).decode(login.getAccessToken().getTokenValue());
        Map<String, Object> claims = new HashMap<>(idToken.getClaims());
        for (String name : BINDING) {
            if (accessToken.hasClaim(name)) {
                claims.putIfAbsent(name, accessToken.getClaims().get(name));
            }
        }
        return new OidcIdToken(idToken.getTokenValue(), idToken.getIssuedAt(), idToken.getExpiresAt(), claims);
    }

    private JwtDecoder decoder(ClientRegistration registration) {
        return decoders.computeIfAbsent(registration.getRegistrationId(), id -> {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(registration.getProviderDetails().getJwkSetUri())
                    .build();
            decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(registration.getProviderDetails().getIssuerUri()));
            return decoder;
        });
    }
}
