package id.pantau.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server as a caller sees it, over plain HTTP: discovery, a token for every demo client checked against the
 * published keys, a wrong secret, and a person logging in through the login page with PKCE.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class LocalAuthServerIT {

    // a fixed port chosen before start, because the issuer (http://127.0.0.1:<port>) is fixed at start
    private static final int PORT = freePort();
    private static final String ISSUER = "http://127.0.0.1:" + PORT;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TOKEN_TTL = Duration.ofMinutes(15);

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final JwtDecoder decoder = decoder();

    @Autowired
    private DemoIdentities identities;

    @DynamicPropertySource
    static void port(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
    }

    @Test
    void discoveryNamesTheFixedIssuerAndItsEndpoints() throws Exception {
        JsonNode discovery = json(get(ISSUER + "/.well-known/openid-configuration"));

        assertThat(discovery.path("issuer").asString()).isEqualTo(ISSUER);
        assertThat(discovery.path("token_endpoint").asString()).isEqualTo(ISSUER + "/oauth2/token");
        assertThat(discovery.path("jwks_uri").asString()).isEqualTo(ISSUER + "/oauth2/jwks");
    }

    @Test
    void everyDemoClientGetsASignedTokenForTheApiWithItsRolesRegionAndOpd() throws Exception {
        for (DemoIdentities.Client client : identities.clients()) {
            HttpResponse<String> response = clientCredentials(client.id(), client.secret());
            assertThat(response.statusCode()).as(client.id()).isEqualTo(200);

            Jwt token = decoder.decode(json(response).path("access_token").asString());

            assertThat(token.getIssuer()).hasToString(ISSUER);
            assertThat(token.getAudience()).as(client.id()).contains("pantau-api");
            assertThat(token.getSubject()).isEqualTo(client.id());
            assertThat(token.getClaimAsString("azp")).isEqualTo(client.id());
            assertThat(token.getClaimAsStringList("roles")).isEqualTo(client.roles());
            assertThat(token.getClaimAsString("region")).isEqualTo(client.region());
            assertThat(token.getClaimAsString("opd")).isEqualTo(client.opd());
            assertThat(token.getExpiresAt()).isBetween(Instant.now().plus(TOKEN_TTL).minusSeconds(60),
                    Instant.now().plus(TOKEN_TTL));
        }
    }

    @Test
    void theDemoClientsAreOnePerRoleWithTheOtherKabupatensOperatorBesideKotaBandungs() {
        Map<String, String> regionByClient = identities.clients().stream()
                .collect(Collectors.toMap(DemoIdentities.Client::id, DemoIdentities.Client::region));

        assertThat(regionByClient).containsEntry("province-admin", "32").containsEntry("opd-ptsp", "32.73")
                .containsEntry("opd-ptsp-kab-bandung", "32.04");
        assertThat(identities.clients()).flatMap(DemoIdentities.Client::roles).containsOnly(
                "PROVINCE_ADMIN", "REGION_ADMIN", "OPD_OPERATOR", "INSPECTOR", "VIEWER", "VERIFIER");
    }

    @Test
    void aWrongSecretIsRefused() throws Exception {
        assertThat(clientCredentials("opd-ptsp", "not-the-secret").statusCode()).isEqualTo(401);
        assertThat(clientCredentials("nobody", "demo-secret").statusCode()).isEqualTo(401);
    }

    @Test
    void aPersonLogsInOnTheLoginPageAndTheDashboardGetsTheirTokenWithPkce() throws Exception {
        DemoIdentities.User user = identities.user("operator.ptsp").orElseThrow();
        String redirectUri = identities.dashboard().redirectUris().get(0);
        String verifier = "a-demo-code-verifier-that-is-long-enough-for-pkce-0123456789";
        String authorize = ISSUER + "/oauth2/authorize?" + form(Map.of("response_type", "code",
                "client_id", "pantau-dashboard", "redirect_uri", redirectUri, "scope", "openid profile",
                "state", "s1", "code_challenge", challenge(verifier), "code_challenge_method", "S256"));

        assertThat(location(browse(authorize))).isEqualTo(ISSUER + "/login");
        String csrf = field(browse(ISSUER + "/login").body(), "_csrf");
        HttpResponse<String> login = post(ISSUER + "/login", form(Map.of("username", user.username(),
                "password", user.password(), "_csrf", csrf)), null);
        String callback = location(browse(location(login)));
        assertThat(callback).startsWith(redirectUri + "?code=").endsWith("&state=s1");
        String code = callback.replaceAll(".*[?&]code=([^&]+).*", "$1");

        HttpResponse<String> tokens = post(ISSUER + "/oauth2/token", form(Map.of("grant_type", "authorization_code",
                "code", code, "redirect_uri", redirectUri, "client_id", "pantau-dashboard",
                "code_verifier", verifier)), null);
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);

        Jwt token = decoder.decode(json(tokens).path("access_token").asString());
        assertThat(token.getSubject()).isEqualTo("operator.ptsp");
        assertThat(token.getAudience()).containsExactly("pantau-api");
        assertThat(token.getClaimAsString("azp")).isEqualTo("pantau-dashboard");
        assertThat(token.getClaimAsStringList("roles")).containsExactly("OPD_OPERATOR");
        assertThat(token.getClaimAsString("opd")).isEqualTo(user.opd());
    }

    private static JwtDecoder decoder() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(ISSUER + "/oauth2/jwks").build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
        return decoder;
    }

    private HttpResponse<String> clientCredentials(String clientId, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return post(ISSUER + "/oauth2/token", "grant_type=client_credentials", "Basic " + basic);
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** As a browser asks: only such a request is sent to the login page and remembered for after the login. */
    private HttpResponse<String> browse(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String form, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static String field(String html, String name) {
        Matcher matcher = Pattern.compile("name=\"" + name + "\"[^>]*value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as("hidden field " + name + " in " + html).isTrue();
        return matcher.group(1);
    }

    private static String form(Map<String, String> fields) {
        return new LinkedHashMap<>(fields).entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String challenge(String verifier) throws NoSuchAlgorithmException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free port", e);
        }
    }
}
