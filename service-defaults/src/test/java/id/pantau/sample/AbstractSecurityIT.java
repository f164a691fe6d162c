package id.pantau.sample;

import id.pantau.defaults.audit.AuditRecord;
import id.pantau.testing.ApiClient;
import id.pantau.testing.TestCaller;
import id.pantau.testing.TestIssuer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;

import static id.pantau.testing.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security chain every service gets from service-defaults: token validation against two trusted issuers
 * (a province may run Keycloak beside another OAuth server), roles from both claim shapes, region and OPD scope,
 * problem+json for 401 and 403, and the hash-chained audit trail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = AbstractSecurityIT.TwoTrustedIssuers.class)
abstract class AbstractSecurityIT {

    /** A second identity provider, trusted by configuration beside the tests' usual one. */
    private static final TestIssuer SECOND_ISSUER = TestIssuer.untrusted();

    private static final String SAMPLE = """
            {"title":"Layanan online","polarity":"LOWER_IS_BETTER","target":5,"region":"32.73","opd":"1.02"}""";
    private static final TestCaller KOTA_ADMIN = TestCaller.regionAdmin("32.73");
    private static final TestCaller PTSP = TestCaller.opdOperator("32.73", "1.02");

    @LocalServerPort
    int port;


    @Autowired
    MongoTemplate mongo;

    ApiClient anonymous() {
        return new ApiClient("http://127.0.0.1:" + port);
    }

    ApiClient as(TestCaller caller) {
        return anonymous().as(caller);
    }

    @Test
    void withoutATokenTheApiAnswers401AsProblemJsonButHealthStaysOpen() {
        ApiClient.Response response = anonymous().post("/api/v1/samples", SAMPLE);

        assertProblem(response, 401, "unauthenticated");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(anonymous().get("/actuator/health/readiness").status()).isEqualTo(200);
        JsonNode health = anonymous().get("/actuator/health").json();
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(health.has("components")).as("no details for an anonymous caller: " + health).isFalse();
        assertThat(as(KOTA_ADMIN).get("/actuator/health").json().at("/components/mongo/status").asString())
                .isEqualTo("UP");
        assertThat(anonymous().get("/actuator/prometheus", "Accept", "text/plain").status())
                .as("closed unless pantau.security.open-prometheus").isEqualTo(401);
        assertThat(as(KOTA_ADMIN).get("/actuator/prometheus", "Accept", "text/plain").status()).isEqualTo(200);
        assertThat(anonymous().get("/v3/api-docs").status()).as("closed unless pantau.security.open-api-docs")
                .isEqualTo(401);
        assertThat(anonymous().get("/swagger-ui/index.html").status()).isEqualTo(401);
        assertThat(as(KOTA_ADMIN).get("/v3/api-docs").status()).isEqualTo(200);
    }

    static Stream<Arguments> refusedTokens() {
        TestIssuer issuer = TestIssuer.get();
        Map<String, Object> valid = TestIssuer.claims(PTSP);
        return Stream.of(
                Arguments.of("expired", issuer.expiredToken(PTSP)),
                Arguments.of("from an issuer not configured", TestIssuer.untrusted().token(PTSP)),
                Arguments.of("signed with another key", issuer.tokenWithForeignSignature(PTSP)),
                Arguments.of("for another audience", issuer.tokenWithClaims(with(valid, claims -> claims.put("aud", List.of("other-api"))))),
                Arguments.of("without audience", issuer.tokenWithClaims(with(valid, claims -> claims.remove("aud")))),
                Arguments.of("without region", issuer.tokenWithClaims(with(valid, claims -> claims.remove("region")))),
                Arguments.of("with a malformed region", issuer.tokenWithClaims(with(valid, claims -> claims.put("region", "Kota Bandung")))),
                Arguments.of("without roles", issuer.tokenWithClaims(with(valid, claims -> claims.remove("roles")))),
                Arguments.of("with only unknown roles", issuer.tokenWithClaims(with(valid, claims -> claims.put("roles", List.of("GOD"))))),
                Arguments.of("of an OPD operator without opd", issuer.tokenWithClaims(with(valid, claims -> claims.remove("opd")))),
                Arguments.of("without subject", issuer.tokenWithClaims(with(valid, claims -> claims.remove("sub")))),
                Arguments.of("that is not a JWT", "not-a-token"));
    }

    @ParameterizedTest(name = "a token {0} is refused with 401")
    @MethodSource("refusedTokens")
    void aTokenThatFailsValidationIs401AndChangesNothing(String why, String token) {
        long before = mongo.getCollection("samples").countDocuments();

        ApiClient.Response response = anonymous().withToken(token).post("/api/v1/samples", SAMPLE);

        assertProblem(response, 401, "unauthenticated");
        assertThat(response.header("WWW-Authenticate")).contains("invalid_token");
        assertThat(mongo.getCollection("samples").countDocuments()).isEqualTo(before);
    }

    @Test
    void tokensOfEitherTrustedIssuerAreAcceptedAndTheSameSubjectAtEachIsSomeoneElse() {
        ApiClient first = as(PTSP);
        ApiClient second = anonymous().withToken(SECOND_ISSUER.token(PTSP));

        ApiClient.Response created = first.post("/api/v1/samples", SAMPLE, "Idempotency-Key", "two-issuers");
        ApiClient.Response sameKeyElsewhere = second.post("/api/v1/samples", SAMPLE, "Idempotency-Key", "two-issuers");
        ApiClient.Response retried = second.post("/api/v1/samples", SAMPLE, "Idempotency-Key", "two-issuers");
        ApiClient.Response third = anonymous().withToken(TestIssuer.untrusted().token(PTSP)).post("/api/v1/samples", SAMPLE);

        assertThat(created.status()).isEqualTo(201);
        assertThat(sameKeyElsewhere.status()).isEqualTo(201);
        assertThat(sameKeyElsewhere.header("Idempotent-Replayed")).as("another issuer's subject owns its own keys")
                .isNull();
        String secondId = sameKeyElsewhere.json().get("id").asString();
        assertThat(secondId).isNotEqualTo(created.json().get("id").asString());
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retried.json().get("id").asString()).isEqualTo(secondId);
        assertProblem(third, 401, "unauthenticated");

        for (ApiClient.Response response : List.of(created, sameKeyElsewhere)) {
            String id = response.json().get("id").asString();
            JsonNode entry = Awaitility.await().atMost(Duration.ofSeconds(20)).until(
                    () -> as(KOTA_ADMIN).get("/api/v1/audit?entity=sample&id=" + id).json().get("content"),
                    content -> content.size() == 1).get(0).get("entry");
            assertThat(entry.get("subject").asString()).isEqualTo(PTSP.subject());
            assertThat(entry.get("issuer").asString())
                    .isEqualTo(response == created ? TestIssuer.get().uri() : SECOND_ISSUER.uri());
        }
    }

    @Test
    void keycloakRealmRolesAreReadLikeTheRolesClaim() {
        Map<String, Object> claims = TestIssuer.claims(PTSP);
        claims.remove("roles");
        claims.put("realm_access", Map.of("roles", List.of("OPD_OPERATOR", "offline_access")));
        claims.put("aud", "pantau-api");

        ApiClient.Response response = anonymous().withToken(TestIssuer.get().tokenWithClaims(claims))
                .post("/api/v1/samples", SAMPLE);

        assertThat(response.status()).isEqualTo(201);
    }

    @Test
    void aRoleTheEndpointDoesNotAllowIs403AndAnEndpointWithoutARuleIsClosedToAll() {
        assertProblem(as(TestCaller.viewer("32.73")).post("/api/v1/samples", SAMPLE), 403, "forbidden");
        assertProblem(as(TestCaller.provinceAdmin("32")).get("/api/v1/unruled"), 403, "forbidden");
        assertThat(as(TestCaller.viewer("32.73")).get("/api/v1/no-such-endpoint").status()).isEqualTo(404);
    }

    @Test
    void readsFollowTheRegionTreeAndOtherRegionsAnswer404() {
        String id = as(PTSP).post("/api/v1/samples", SAMPLE).json().get("id").asString();
        String path = "/api/v1/samples/" + id;

        assertThat(as(TestCaller.viewer("32.73")).get(path).status()).isEqualTo(200);
        assertThat(as(TestCaller.opdOperator("32.73", "9.99")).get(path).status()).isEqualTo(200);
        assertThat(as(TestCaller.provinceAdmin("32")).get(path).status()).isEqualTo(200);
        assertThat(as(TestCaller.inspector("32")).get(path).status()).isEqualTo(200);
        assertProblem(as(TestCaller.viewer("32.04")).get(path), 404, "not-found");
        assertProblem(as(TestCaller.provinceAdmin("33")).get(path), 404, "not-found");
        // an OPD operator of a province OPD reads its own region only, not the kabupaten/kota under it
        assertProblem(as(TestCaller.opdOperator("32", "1.02")).get(path), 404, "not-found");
    }

    @Test
    void writesStayInTheCallersRegionAndAnOpdOperatorWritesOnlyForItsOpd() {
        assertThat(as(TestCaller.provinceAdmin("32")).post("/api/v1/samples", SAMPLE).status()).isEqualTo(201);
        assertThat(as(KOTA_ADMIN).post("/api/v1/samples", SAMPLE).status()).isEqualTo(201);
        assertThat(as(PTSP).post("/api/v1/samples", SAMPLE).status()).isEqualTo(201);

        assertProblem(as(TestCaller.opdOperator("32.73", "9.99")).post("/api/v1/samples", SAMPLE), 403, "out-of-scope");
        assertProblem(as(TestCaller.regionAdmin("32.04")).post("/api/v1/samples", SAMPLE), 404, "not-found");
        assertProblem(as(TestCaller.provinceAdmin("33")).post("/api/v1/samples", SAMPLE), 404, "not-found");
    }

    @Test
    void everyChangeIsAuditedWithWhoWhatAndTheRequestIdAndOnlyTheRegionSeesIt() {
        ApiClient.Response created = as(PTSP).post("/api/v1/samples", SAMPLE, "X-Request-Id", "req-audit-1");
        String id = created.json().get("id").asString();
        assertThat(created.header("X-Request-Id")).isEqualTo("req-audit-1");

        JsonNode records = Awaitility.await().atMost(Duration.ofSeconds(20)).until(
                () -> as(TestCaller.inspector("32.73")).get("/api/v1/audit?entity=sample&id=" + id).json().get("content"),
                content -> content.size() == 1);
        JsonNode entry = records.get(0).get("entry");
        assertThat(entry.get("action").asString()).isEqualTo("create");
        assertThat(entry.get("subject").asString()).isEqualTo(PTSP.subject());
        assertThat(entry.get("client").asString()).isEqualTo(PTSP.client());
        assertThat(entry.get("roles").get(0).asString()).isEqualTo("OPD_OPERATOR");
        assertThat(entry.get("region").asString()).isEqualTo("32.73");
        assertThat(entry.get("requestId").asString()).isEqualTo("req-audit-1");
        assertThat(entry.has("beforeDigest")).as("a creation has no state before").isFalse();
        assertThat(entry.get("afterDigest").asString()).hasSize(64);
        assertThat(records.get(0).get("previousHash").asString()).hasSize(64);

        assertThat(as(TestCaller.inspector("32.04")).get("/api/v1/audit?entity=sample&id=" + id)
                .json().get("content").size()).isZero();
        assertProblem(as(TestCaller.viewer("32.73")).get("/api/v1/audit?entity=sample&id=" + id), 403, "forbidden");
        assertProblem(as(PTSP).get("/api/v1/audit/verification"), 403, "forbidden");
    }

    @Test
    void verificationFindsTheFirstTamperedLink() {
        for (int i = 0; i < 3; i++) {
            as(PTSP).post("/api/v1/samples", SAMPLE);
        }
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> mongo.getCollection(AuditRecord.COLLECTION).countDocuments() >= 3);
        Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> mongo.getCollection("samples").countDocuments(new Document("outbox.0", new Document("$exists", true))) == 0);
        JsonNode intact = as(TestCaller.provinceAdmin("32")).get("/api/v1/audit/verification").json();
        assertThat(intact.get("intact").asBoolean()).as(intact.toString()).isTrue();
        long links = intact.get("records").asLong();
        long victim = links - 1;
        Query link = Query.query(Criteria.where("_id").is(victim));
        String action = mongo.findOne(link, Document.class, AuditRecord.COLLECTION)
                .get("entry", Document.class).getString("action");

        mongo.updateFirst(link, Update.update("entry.action", "delete"), AuditRecord.COLLECTION);
        try {
            JsonNode broken = as(TestCaller.inspector("32.73")).get("/api/v1/audit/verification").json();

            assertThat(broken.get("intact").asBoolean()).isFalse();
            assertThat(broken.get("firstBrokenSequence").asLong()).isEqualTo(victim);
            assertThat(broken.get("reason").asString()).contains("hash");
        } finally {
            mongo.updateFirst(link, Update.update("entry.action", action), AuditRecord.COLLECTION);
        }
        assertThat(as(TestCaller.provinceAdmin("32")).get("/api/v1/audit/verification").json()
                .get("intact").asBoolean()).isTrue();
    }

    /**
     * Trusts the tests' usual issuer and a second one. A list is bound from one property source as a whole, so
     * both entries go into a source placed before the one the test infrastructure adds with the first.
     */
    static final class TwoTrustedIssuers implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("twoTrustedIssuers", Map.of(
                    "pantau.security.issuers[0].uri", TestIssuer.get().uri(),
                    "pantau.security.issuers[1].uri", SECOND_ISSUER.uri())));
        }
    }

    private static Map<String, Object> with(Map<String, Object> claims, Consumer<Map<String, Object>> change) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>(claims);
        change.accept(copy);
        return copy;
    }
}
