package id.pantau.system;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kubernetes manifests cannot be applied here (no cluster), so this checks what can go wrong without one:
 * kustomize lists every manifest, each service has its Deployment, Service, disruption budget and autoscaler,
 * listens on the port its application.yml names, is probed on the actuator health groups, runs as the image's
 * non-root user, and reads only configuration keys and secret keys that exist.
 */
class KubernetesManifestsTest {

    private static final Path ROOT = Path.of(System.getProperty("pantau.root", ".."));
    private static final Path DIR = ROOT.resolve("deploy/kubernetes");
    private static final List<String> SERVICES =
            List.of("innovation-service", "monitoring-service", "notification-service", "reporting-service");

    @Test
    @SuppressWarnings("unchecked")
    void kustomizeAppliesEveryManifestButTheSecretExample() throws IOException {
        List<String> resources = (List<String>) load(DIR.resolve("kustomization.yaml")).get(0).get("resources");
        try (Stream<Path> files = Files.list(DIR)) {
            Set<String> manifests = files.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(".yaml") && !name.equals("kustomization.yaml")
                            && !name.endsWith(".example.yaml"))
                    .collect(Collectors.toSet());
            assertThat(resources).containsExactlyInAnyOrderElementsOf(manifests);
        }
    }

    @Test
    void everyServiceHasItsDeploymentServiceDisruptionBudgetAndAutoscaler() throws IOException {
        for (String service : SERVICES) {
            Set<String> kinds = load(DIR.resolve(service + ".yaml")).stream()
                    .filter(document -> service.equals(metadata(document).get("name")))
                    .map(document -> (String) document.get("kind"))
                    .collect(Collectors.toSet());
            assertThat(kinds).as(service)
                    .containsExactlyInAnyOrder("Deployment", "Service", "PodDisruptionBudget", "HorizontalPodAutoscaler");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void containersListenOnTheirPortAreProbedAndRunAsTheImagesUser() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("deploy/docker/Dockerfile"));
        for (String service : SERVICES) {
            Map<String, Object> deployment = document(service, "Deployment");
            Map<String, Object> pod = (Map<String, Object>) ((Map<String, Object>) spec(deployment).get("template")).get("spec");
            Map<String, Object> container = ((List<Map<String, Object>>) pod.get("containers")).get(0);
            int port = (Integer) ((List<Map<String, Object>>) container.get("ports")).get(0).get("containerPort");

            assertThat(port).as(service + " port").isEqualTo(serverPort(service));
            assertThat(env(container)).as(service).containsEntry("SERVER_PORT", String.valueOf(port));
            assertThat(probePath(container, "readinessProbe")).isEqualTo("/actuator/health/readiness");
            assertThat(probePath(container, "livenessProbe")).isEqualTo("/actuator/health/liveness");
            assertThat(probePath(container, "startupProbe")).isEqualTo("/actuator/health/liveness");
            int user = (Integer) ((Map<String, Object>) pod.get("securityContext")).get("runAsUser");
            assertThat(dockerfile).as("the image's user").contains("--uid " + user);
            Map<String, Object> selector = (Map<String, Object>) ((Map<String, Object>) spec(deployment).get("selector")).get("matchLabels");
            Map<String, Object> labels = (Map<String, Object>) metadata((Map<String, Object>) spec(deployment).get("template")).get("labels");
            assertThat(labels).as(service + " pods match their selector").containsAllEntriesOf(selector).containsEntry("app.kubernetes.io/part-of", "pantau-inovasi");
            assertThat(spec(document(service, "Service")).get("selector")).isEqualTo(selector);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void servicesReadOnlyConfigurationAndSecretKeysThatExist() throws IOException {
        Map<String, Object> config = (Map<String, Object>) load(DIR.resolve("config.yaml")).get(0).get("data");
        Map<String, Object> secret = (Map<String, Object>) load(DIR.resolve("mongodb-secret.example.yaml")).get(0).get("stringData");
        assertThat(config).containsKeys("SPRING_KAFKA_BOOTSTRAP_SERVERS", "PANTAU_SECURITY_ISSUERS_0_URI",
                "PANTAU_SECURITY_ISSUERS_0_JWKSETURI");
        for (String service : SERVICES) {
            Map<String, Object> pod = (Map<String, Object>) ((Map<String, Object>) spec(document(service, "Deployment"))
                    .get("template")).get("spec");
            Map<String, Object> container = ((List<Map<String, Object>>) pod.get("containers")).get(0);
            for (Map<String, Object> variable : (List<Map<String, Object>>) container.get("env")) {
                if (variable.get("valueFrom") instanceof Map<?, ?> from) {
                    if (from.get("configMapKeyRef") instanceof Map<?, ?> ref) {
                        assertThat(config).as(service + " reads " + ref).containsKey((String) ref.get("key"));
                    }
                    if (from.get("secretKeyRef") instanceof Map<?, ?> ref) {
                        assertThat(secret).as(service + " reads " + ref).containsKey((String) ref.get("key"));
                    }
                }
            }
        }
    }

    private static List<Map<String, Object>> load(Path file) throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file)) {
            for (Object document : new Yaml().loadAll(reader)) {
                if (document != null) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> map = (Map<String, Object>) document;
                    documents.add(map);
                }
            }
        }
        return documents;
    }

    private static Map<String, Object> document(String service, String kind) throws IOException {
        return load(DIR.resolve(service + ".yaml")).stream()
                .filter(document -> kind.equals(document.get("kind")))
                .findFirst().orElseThrow(() -> new AssertionError(service + " has no " + kind));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> metadata(Map<String, Object> document) {
        return (Map<String, Object>) document.get("metadata");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> spec(Map<String, Object> document) {
        return (Map<String, Object>) document.get("spec");
    }

    @SuppressWarnings("unchecked")
    private static String probePath(Map<String, Object> container, String probe) {
        return (String) ((Map<String, Object>) ((Map<String, Object>) container.get(probe)).get("httpGet")).get("path");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> env(Map<String, Object> container) {
        return ((List<Map<String, Object>>) container.get("env")).stream()
                .filter(variable -> variable.get("value") != null)
                .collect(Collectors.toMap(variable -> (String) variable.get("name"), variable -> (String) variable.get("value")));
    }

    @SuppressWarnings("unchecked")
    private static int serverPort(String service) throws IOException {
        Map<String, Object> application = load(ROOT.resolve(service + "/src/main/resources/application.yml")).get(0);
        return (Integer) ((Map<String, Object>) application.get("server")).get("port");
    }
}
