package id.pantau.defaults.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code pantau.security.*}: the identity providers this deployment trusts and what stays open.
 *
 * @param issuers       the trusted OIDC issuers; a token from any other issuer is refused. Each has its
 *                      {@code uri} (the {@code iss} of its tokens) and, optionally, a {@code jwk-set-uri} for when
 *                      the service reaches the issuer under another address than the one in its tokens (a
 *                      container network); without it the keys are found through OIDC discovery on first use
 * @param audience      the {@code aud} every token must carry
 * @param openPrometheus whether {@code /actuator/prometheus} answers without a token (for a scraper on a
 *                      private network)
 * @param openApiDocs   whether the OpenAPI document and Swagger UI answer without a token
 */
@ConfigurationProperties("pantau.security")
public record SecurityProperties(List<TrustedIssuer> issuers, String audience, boolean openPrometheus,
                                 boolean openApiDocs) {

    public SecurityProperties {
        issuers = issuers == null ? List.of() : List.copyOf(issuers);
    }

    public record TrustedIssuer(String uri, String jwkSetUri) {
    }
}
