package id.pantau.reporting.web;

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
import id.pantau.testing.TestCaller;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.web.util.HtmlUtils;

/**
 * A small OpenID provider for the dashboard's tests: discovery, a login page with a user name and password form,
 * the authorization-code grant with PKCE (S256) for a public client, and ID tokens signed with its own key that
 * carry the platform's claims ({@code roles}, {@code region}, {@code opd}) of the person who logged in. Nothing is
 * mocked on the dashboard's side: its browser goes through the real redirects.
 */
public final class LoginProvider implements AutoCloseable {

    public static final String CLIENT_ID = "pantau-dashboard";
    public static final String PASSWORD = "demo-password";

    private final HttpServer server;
    private final String issuer;
    private final RSAKey key = newKey();
    private final Map<String, TestCaller> people = new ConcurrentHashMap<>();
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final java.util.Set<String> bindingInAccessTokenOnly = ConcurrentHashMap.newKeySet();

    private record Grant(TestCaller person, String redirectUri, String nonce, String challenge) {
    }

    private LoginProvider() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/.well-known/openid-configuration", exchange -> respond(exchange, 200,
                "application/json", discovery()));
        server.createContext("/jwks", exchange -> respond(exchange, 200, "application/json",
                new JWKSet(key.toPublicJWK()).toString()));
        server.createContext("/authorize", exchange -> {
            // a session of its own under the servlet containers' usual name: cookies are per host, not per port
            exchange.getResponseHeaders().add("Set-Cookie", "JSESSIONID=" + UUID.randomUUID() + "; Path=/; HttpOnly");
            respond(exchange, 200, "text/html; charset=utf-8", loginPage(query(exchange.getRequestURI().getRawQuery()),
                    false));
        });
        server.createContext("/login", this::login);
        server.createContext("/token", this::token);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    public static LoginProvider start() {
        return new LoginProvider();
    }

    public String issuer() {
        return issuer;
    }

    /** A person who may log in with {@link #PASSWORD}; the user name is the caller's subject. */
    public LoginProvider person(TestCaller caller) {
        people.put(caller.subject(), caller);
        return this;
    }

    /** A person whose roles and region only the access token carries, as Keycloak's default realm roles mapper does. */
    public LoginProvider personBoundInAccessTokenOnly(TestCaller caller) {
        bindingInAccessTokenOnly.add(caller.subject());
        return person(caller);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void login(HttpExchange exchange) throws IOException {
        Map<String, String> form = query(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        TestCaller person = people.get(form.get("username"));
        if (person == null || !PASSWORD.equals(form.get("password"))) {
            respond(exchange, 401, "text/html; charset=utf-8", loginPage(form, true));
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(person, form.get("redirect_uri"), form.get("nonce"), form.get("code_challenge")));
        exchange.getResponseHeaders().set("Location", form.get("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(form.get("state"), StandardCharsets.UTF_8));
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = query(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Grant grant = codes.remove(String.valueOf(form.get("code")));
        if (grant == null || !CLIENT_ID.equals(form.get("client_id"))
                || !grant.redirectUri().equals(form.get("redirect_uri"))
                || !grant.challenge().equals(s256(form.get("code_verifier")))) {
            respond(exchange, 400, "application/json", "{\"error\":\"invalid_grant\"}");
            return;
        }
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", grant.person().subject());
        claims.put("aud", List.of(CLIENT_ID));
        claims.put("azp", CLIENT_ID);
        claims.put("nonce", grant.nonce());
        Map<String, Object> binding = new LinkedHashMap<>();
        binding.put("roles", grant.person().roles());
        binding.put("region", grant.person().region());
        if (grant.person().opd() != null) {
            binding.put("opd", grant.person().opd());
        }
        if (!bindingInAccessTokenOnly.contains(grant.person().subject())) {
            claims.putAll(binding);
        }
        String idToken = sign(claims);
        claims.putAll(binding);
        claims.put("aud", List.of("pantau-api"));
        claims.remove("nonce");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", sign(claims));
        body.put("token_type", "Bearer");
        body.put("expires_in", 300);
        body.put("scope", "openid");
        body.put("id_token", idToken);
        respond(exchange, 200, "application/json", PantauJson.mapper().writeValueAsString(body));
    }

    private String loginPage(Map<String, String> request, boolean refused) {
        StringBuilder hidden = new StringBuilder();
        for (String name : List.of("client_id", "redirect_uri", "state", "nonce", "code_challenge")) {
            hidden.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"")
                    .append(HtmlUtils.htmlEscape(String.valueOf(request.get(name)))).append("\">");
        }
        return "<!DOCTYPE html><html lang=\"id\"><head><title>Masuk</title></head><body><main><h1>Masuk</h1>"
                + (refused ? "<p id=\"error\">Nama pengguna atau kata sandi salah.</p>" : "")
                + "<form method=\"post\" action=\"" + issuer + "/login\">" + hidden
                + "<label>Nama pengguna <input id=\"username\" name=\"username\"></label>"
                + "<label>Kata sandi <input id=\"password\" name=\"password\" type=\"password\"></label>"
                + "<button id=\"sign-in\" type=\"submit\">Masuk</button></form></main></body></html>";
    }

    private String discovery() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", issuer);
        document.put("authorization_endpoint", issuer + "/authorize");
        document.put("token_endpoint", issuer + "/token");
        document.put("jwks_uri", issuer + "/jwks");
        document.put("subject_types_supported", List.of("public"));
        document.put("response_types_supported", List.of("code"));
        document.put("grant_types_supported", List.of("authorization_code"));
        document.put("code_challenge_methods_supported", List.of("S256"));
        document.put("token_endpoint_auth_methods_supported", List.of("none"));
        document.put("scopes_supported", List.of("openid"));
        document.put("id_token_signing_alg_values_supported", List.of("RS256"));
        return PantauJson.mapper().writeValueAsString(document);
    }

    private String sign(Map<String, Object> claims) {
        JwtClaimsSet.Builder set = JwtClaimsSet.builder().issuer(issuer).issuedAt(Instant.now())
                .expiresAt(Instant.now().plus(Duration.ofMinutes(5))).id(UUID.randomUUID().toString());
        claims.forEach(set::claim);
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<SecurityContext>(new JWKSet(key)));
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).build();
        return encoder.encode(JwtEncoderParameters.from(header, set.build())).getTokenValue();
    }

    private static String s256(String verifier) {
        if (verifier == null) {
            return "";
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            values.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return values;
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
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
