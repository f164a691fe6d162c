package id.pantau.system;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml cannot run here (no Docker engine), so this checks what can go wrong without one: it
 * parses, every file it mounts or builds from exists, every service is health-checked, and every
 * dependency waits for a health check of a service that exists; every service trusts Keycloak's realm and only it;
 * and Keycloak's realm file agrees with the demo identities of the local authorization server and gives tokens the
 * claims the services require, so that both issuers serve the same roles, clients and claims.
 */
class DockerComposeTest {

    private static final Path ROOT = Path.of(System.getProperty("pantau.root", ".."));
    private static final List<String> PANTAU_SERVICES =
            List.of("innovation-service", "monitoring-service", "notification-service", "reporting-service");

    private static final Path REALM = ROOT.resolve("deploy/identity/pantau-realm.json");
    private static final Path LOCAL_IDENTITIES =
            ROOT.resolve("deploy/auth-server/src/main/resources/demo-identities.yml");
    /** Where the services' default audience is set (pantau.security.audience). */
    private static final Path SERVICE_DEFAULTS =
            ROOT.resolve("service-defaults/src/main/resources/pantau-defaults.properties");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> services() throws IOException {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            return (Map<String, Object>) compose.get("services");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyFileTheStackMountsOrBuildsFromExists() throws IOException {
        for (Map.Entry<String, Object> service : services().entrySet()) {
            Map<String, Object> definition = (Map<String, Object>) service.getValue();
            if (definition.get("build") instanceof Map<?, ?> build) {
                Path context = ROOT.resolve((String) build.get("context"));
                assertThat(context.resolve((String) build.get("dockerfile"))).as(service.getKey()).isRegularFile();
            }
            for (Object volume : (List<Object>) definition.getOrDefault("volumes", List.of())) {
                String source = volume.toString().split(":")[0];
                if (source.startsWith(".")) {
                    assertThat(ROOT.resolve(source)).as(service.getKey() + " mounts " + source).exists();
                }
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFourServicesAreBuiltFromTheRepositoryConfiguredByEnvironmentAndHealthChecked() throws IOException {
        Map<String, Object> services = services();
        for (String name : PANTAU_SERVICES) {
            Map<String, Object> service = (Map<String, Object>) services.get(name);
            assertThat(service).as(name).isNotNull();
            Map<String, Object> build = (Map<String, Object>) service.get("build");
            assertThat(((Map<String, Object>) build.get("args")).get("SERVICE")).isEqualTo(name);
            assertThat(ROOT.resolve(name).resolve("pom.xml")).isRegularFile();
            Map<String, Object> environment = (Map<String, Object>) service.get("environment");
            assertThat(environment).containsKeys("SERVER_PORT", "SPRING_KAFKA_BOOTSTRAP_SERVERS", "SPRING_MONGODB_URI");
            assertThat(service).containsKey("healthcheck");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void dependenciesWaitForTheHealthOfServicesThatExist() throws IOException {
        Map<String, Object> services = services();
        for (Map.Entry<String, Object> service : services.entrySet()) {
            Object dependsOn = ((Map<String, Object>) service.getValue()).get("depends_on");
            if (dependsOn instanceof Map<?, ?> conditions) {
                for (Map.Entry<?, ?> dependency : conditions.entrySet()) {
                    assertThat(services).as(service.getKey() + " depends on").containsKey((String) dependency.getKey());
                    assertThat(((Map<String, Object>) dependency.getValue()).get("condition")).isEqualTo("service_healthy");
                    assertThat((Map<String, Object>) services.get(dependency.getKey())).containsKey("healthcheck");
                }
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void keycloakImportsTheRealmFileAndIsHealthChecked() throws IOException {
        Map<String, Object> keycloak = (Map<String, Object>) services().get("keycloak");
        assertThat(keycloak).as("keycloak service").isNotNull().containsKey("healthcheck");
        assertThat((String) keycloak.get("image")).startsWith("quay.io/keycloak/keycloak:26.");
        assertThat((List<String>) keycloak.get("command")).contains("start-dev", "--import-realm");
        assertThat((List<String>) keycloak.get("volumes"))
                .contains("./deploy/identity/pantau-realm.json:/opt/keycloak/data/import/pantau-realm.json:ro");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyServiceTrustsTheKeycloakRealmAloneFetchesItsKeysOnTheNetworkAndWaitsForIt() throws IOException {
        Map<String, Object> services = services();
        Map<String, Object> keycloak = (Map<String, Object>) services.get("keycloak");
        Map<String, Object> keycloakEnvironment = (Map<String, Object>) keycloak.get("environment");
        String realm = JsonMapper.builder().build().readTree(REALM.toFile()).path("realm").asString();
        // what Keycloak writes into iss, whoever asks: its public host name
        String issuer = keycloakEnvironment.get("KC_HOSTNAME") + "/realms/" + realm;
        // how a container reaches it: the compose service name and Keycloak's HTTP port
        String jwkSet = "http://keycloak:" + keycloakEnvironment.get("KC_HTTP_PORT") + "/realms/" + realm
                + "/protocol/openid-connect/certs";
        assertThat(issuer).isEqualTo("http://localhost:8180/realms/pantau");

        for (String name : PANTAU_SERVICES) {
            Map<String, Object> service = (Map<String, Object>) services.get(name);
            Map<String, Object> environment = (Map<String, Object>) service.get("environment");
            assertThat(environment).as(name)
                    .containsEntry("PANTAU_SECURITY_ISSUERS_0_URI", issuer)
                    .containsEntry("PANTAU_SECURITY_ISSUERS_0_JWKSETURI", jwkSet)
                    // Prometheus scrapes on the private network, without a token
                    .containsEntry("PANTAU_SECURITY_OPENPROMETHEUS", "true")
                    .doesNotContainKeys("PANTAU_SECURITY_ISSUERS", "PANTAU_SECURITY_ISSUERS_1_URI",
                            "PANTAU_SECURITY_OPENAPIDOCS");
            assertThat((Map<String, Object>) service.get("depends_on")).as(name).containsKey("keycloak");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void keycloakTokensCarryWhatTheServicesRequire() throws IOException {
        JsonNode realm = JsonMapper.builder().build().readTree(REALM.toFile());
        String audience = audienceOfTheServices();
        // no realm-wide override of the built-in client scopes, or one that keeps roles (realm_access.roles) and
        // basic (sub)
        assertThat(realm.has("clientScopes")).as("the realm relies on Keycloak's built-in client scopes").isFalse();
        assertKeepsRolesAndSubject(values(realm.path("defaultDefaultClientScopes"), null), "realm");

        for (JsonNode client : realm.path("clients")) {
            String id = client.path("clientId").asString();
            assertKeepsRolesAndSubject(values(client.path("defaultClientScopes"), null), id);
            for (String claim : List.of("region", "opd")) {
                JsonNode mapper = find(client.path("protocolMappers"), "name", claim);
                assertThat(mapper.path("protocolMapper").asString()).as(id).isEqualTo("oidc-usermodel-attribute-mapper");
                assertThat(mapper.path("config").path("user.attribute").asString()).as(id).isEqualTo(claim);
                assertThat(mapper.path("config").path("claim.name").asString()).as(id).isEqualTo(claim);
                assertThat(mapper.path("config").path("jsonType.label").asString()).as(id).isEqualTo("String");
                assertThat(mapper.path("config").path("access.token.claim").asString()).as(id).isEqualTo("true");
            }
            JsonNode audienceMapper = StreamSupport.stream(client.path("protocolMappers").spliterator(), false)
                    .filter(mapper -> mapper.path("protocolMapper").asString().equals("oidc-audience-mapper"))
                    .findFirst().orElseThrow(() -> new AssertionError(id + " has no audience mapper"));
            assertThat(audienceMapper.path("config").path("included.custom.audience").asString()).as(id)
                    .isEqualTo(audience);
            assertThat(audienceMapper.path("config").path("access.token.claim").asString()).as(id).isEqualTo("true");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theKeycloakRealmHasEveryRoleClientAndUserOfTheLocalAuthorizationServerWithTheSameClaims() throws IOException {
        JsonNode realm = JsonMapper.builder().build().readTree(REALM.toFile());
        Map<String, Object> local;
        try (Reader reader = Files.newBufferedReader(LOCAL_IDENTITIES)) {
            local = (Map<String, Object>) ((Map<String, Object>) new Yaml().<Map<String, Object>>load(reader)
                    .get("pantau")).get("auth");
        }
        assertThat(realm.path("realm").asString()).isEqualTo("pantau");
        List<String> realmRoles = values(realm.path("roles").path("realm"), "name");

        for (Map<String, Object> client : (List<Map<String, Object>>) local.get("clients")) {
            String id = (String) client.get("id");
            JsonNode keycloakClient = find(realm.path("clients"), "clientId", id);
            assertThat(keycloakClient.path("serviceAccountsEnabled").asBoolean()).as(id).isTrue();
            assertThat(keycloakClient.path("publicClient").asBoolean()).as(id).isFalse();
            assertThat(values(keycloakClient.path("protocolMappers"), "protocolMapper")).as(id)
                    .contains("oidc-usermodel-attribute-mapper", "oidc-audience-mapper");
            assertThat(StreamSupport.stream(keycloakClient.path("protocolMappers").spliterator(), false)
                    .map(mapper -> mapper.path("config").path("included.custom.audience").asString(""))).as(id)
                    .contains("pantau-api");
            assertThat(values(keycloakClient.path("protocolMappers"), "name")).as(id).contains("region", "opd");
            assertSameCaller(find(realm.path("users"), "serviceAccountClientId", id), client, realmRoles);
        }
        List<String> localRoles = ((List<Map<String, Object>>) local.get("clients")).stream()
                .flatMap(client -> ((List<String>) client.get("roles")).stream()).distinct().toList();
        assertThat(realmRoles).as("the same roles in both issuers").containsExactlyInAnyOrderElementsOf(localRoles);
        for (Map<String, Object> user : (List<Map<String, Object>>) local.get("users")) {
            assertSameCaller(find(realm.path("users"), "username", (String) user.get("username")), user, realmRoles);
        }
        String dashboard = (String) ((Map<String, Object>) local.get("dashboard")).get("client-id");
        JsonNode keycloakDashboard = find(realm.path("clients"), "clientId", dashboard);
        assertThat(keycloakDashboard.path("publicClient").asBoolean()).isTrue();
        assertThat(keycloakDashboard.path("attributes").path("pkce.code.challenge.method").asString()).isEqualTo("S256");
    }

    /** Keycloak keeps roles on the user (service-account users too) and region/opd as user attributes. */
    @SuppressWarnings("unchecked")
    private static void assertSameCaller(JsonNode keycloakUser, Map<String, Object> local, List<String> realmRoles) {
        String name = keycloakUser.path("username").asString();
        List<String> roles = (List<String>) local.get("roles");
        assertThat(realmRoles).as("realm roles").containsAll(roles);
        assertThat(values(keycloakUser.path("realmRoles"), null)).as(name).containsExactlyInAnyOrderElementsOf(roles);
        assertThat(values(keycloakUser.path("attributes").path("region"), null)).as(name)
                .containsExactly((String) local.get("region"));
        List<String> opd = values(keycloakUser.path("attributes").path("opd"), null);
        if (local.get("opd") == null) {
            assertThat(opd).as(name).isEmpty();
        } else {
            assertThat(opd).as(name).containsExactly((String) local.get("opd"));
        }
    }

    /** No default client scopes listed means Keycloak's built-in ones, which include roles and basic. */
    private static void assertKeepsRolesAndSubject(List<String> defaultScopes, String owner) {
        if (!defaultScopes.isEmpty()) {
            assertThat(defaultScopes).as(owner + " default client scopes").contains("roles", "basic");
        }
    }

    private static String audienceOfTheServices() throws IOException {
        Properties defaults = new Properties();
        try (Reader reader = Files.newBufferedReader(SERVICE_DEFAULTS)) {
            defaults.load(reader);
        }
        return defaults.getProperty("pantau.security.audience");
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        return StreamSupport.stream(array.spliterator(), false)
                .filter(node -> value.equals(node.path(field).asString(null)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No entry with " + field + " = " + value + " in " + REALM));
    }

    /** The text of each element, or of one field of each element. */
    private static List<String> values(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(node -> (field == null ? node : node.path(field)).asString())
                .toList();
    }
}
