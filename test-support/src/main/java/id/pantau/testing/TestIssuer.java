package id.pantau.testing;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import id.pantau.events.PantauJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import org.springframework.boot.SpringApplication;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * An OIDC issuer for tests: a small HTTP server on 127.0.0.1 with a discovery document and a JWK set, and an
 * RSA key that signs the tokens the tests send. Services validate these tokens exactly as production tokens:
 * discovery, signature, issuer, audience, expiry, claims. {@link #get()} is the issuer the test services trust;
 * {@link #untrusted()} starts another one that they do not.
 */
public final class TestIssuer {

    public static final String AUDIENCE = "pantau-api";
    private static TestIssuer trusted;

    private final HttpServer server;
    private final String uri;
    private final RSAKey key = newKey();
    private final RSAKey foreignKey = newKey();

    private TestIssuer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        uri = "http://127.0.0.1:" + server.getAddress().getPort() + "/issuer";
        server.createContext("/issuer/.well-known/openid-configuration", exchange -> respond(exchange, discovery()));
        server.createContext("/issuer/jwks", exchange -> respond(exchange, new JWKSet(key.toPublicJWK()).toString()));
        // a few threads: many service contexts of one test JVM fetch discovery and keys at once
        server.setExecutor(Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "test-issuer");
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
        SpringApplication.getShutdownHandlers().add(() -> server.stop(0));
    }

    /** The issuer every service under test trusts. */
    public static synchronized TestIssuer get() {
        if (trusted == null) {
            trusted = new TestIssuer();
        }
        return trusted;
    }

    /** A working issuer that no service is configured to trust. */
    public static TestIssuer untrusted() {
        return new TestIssuer();
    }

    public String uri() {
        return uri;
    }

    /** A valid token for the caller, for an hour. */
    public String token(TestCaller caller) {
        return sign(claims(caller), Instant.now().plus(Duration.ofHours(1)), key);
    }

    /** A token for the caller that expired a while ago (beyond any clock skew allowance). */
    public String expiredToken(TestCaller caller) {
        return sign(claims(caller), Instant.now().minus(Duration.ofMinutes(10)), key);
    }

    /** A token for the caller signed with a key this issuer never published. */
    public String tokenWithForeignSignature(TestCaller caller) {
        return sign(claims(caller), Instant.now().plus(Duration.ofHours(1)), foreignKey);
    }

    /** A token with exactly these claims (besides iss, iat, exp and jti), to test what validation refuses. */
    public String tokenWithClaims(Map<String, Object> claims) {
        return sign(claims, Instant.now().plus(Duration.ofHours(1)), key);
    }

    /** The claims of a well-formed token for the caller; tests remove or change some to see them refused. */
    public static Map<String, Object> claims(TestCaller caller) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", caller.subject());
        claims.put("aud", List.of(AUDIENCE));
        claims.put("azp", caller.client());
        claims.put("roles", caller.roles());
        claims.put("region", caller.region());
        if (caller.opd() != null) {
            claims.put("opd", caller.opd());
        }
        return claims;
    }

    private String sign(Map<String, Object> claims, Instant expiresAt, RSAKey signingKey) {
        Instant issuedAt = expiresAt.isBefore(Instant.now()) ? expiresAt.minus(Duration.ofHours(1)) : Instant.now();
        JwtClaimsSet.Builder set = JwtClaimsSet.builder()
                .issuer(uri)
                .issuedAt(issuedAt)
                .expiresAt(expiresAt)
                .id(UUID.randomUUID().toString());
        claims.forEach(set::claim);
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<SecurityContext>(new JWKSet(signingKey)));
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(signingKey.getKeyID()).build();
        return encoder.encode(JwtEncoderParameters.from(header, set.build())).getTokenValue();
    }

    private String discovery() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", uri);
        document.put("jwks_uri", uri + "/jwks");
        document.put("subject_types_supported", List.of("public"));
        document.put("response_types_supported", List.of("code"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        return PantauJson.mapper().writeValueAsString(document);
    }

    private static void respond(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyID(UUID.randomUUID().toString()).generate();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
