package id.pantau.defaults.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;

/**
 * One authentication manager per configured issuer, picked by the token's {@code iss}; an issuer that is not
 * configured gets none, so its tokens are refused. Each issuer's keys are fetched on first use (and refreshed
 * by Nimbus when a new key id appears), so a service starts even while its identity provider is still coming up.
 */
final class TrustedIssuers {

    private TrustedIssuers() {
    }

    static AuthenticationManagerResolver<HttpServletRequest> resolver(SecurityProperties properties) {
        if (properties.issuers().isEmpty()) {
            throw new IllegalStateException(
                    "pantau.security.issuers names no trusted issuer: no token could ever be accepted");
        }
        Map<String, AuthenticationManager> managers = new LinkedHashMap<>();
        for (SecurityProperties.TrustedIssuer issuer : properties.issuers()) {
            JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder(issuer, properties.audience()));
            provider.setJwtAuthenticationConverter(new CallerAuthenticationConverter());
            managers.put(issuer.uri(), provider::authenticate);
        }
        return new JwtIssuerAuthenticationManagerResolver(managers::get);
    }

    private static JwtDecoder decoder(SecurityProperties.TrustedIssuer issuer, String audience) {
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(issuer.uri()),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience)),
                new CallerClaimsValidator());
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = issuer.jwkSetUri() == null || issuer.jwkSetUri().isBlank()
                    ? NimbusJwtDecoder.withIssuerLocation(issuer.uri()).build()
                    : NimbusJwtDecoder.withJwkSetUri(issuer.jwkSetUri()).build();
            decoder.setJwtValidator(validator);
            return decoder;
        });
    }
}
