package id.pantau.system;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml cannot run here (no Docker engine), so this checks what can go wrong without one: it
 * parses, every file it mounts or builds from exists, every service is health-checked, and every
 * dependency waits for a health check of a service that exists.
 */
class DockerComposeTest {

    private static final Path ROOT = Path.of(System.getProperty("pantau.root", ".."));
    private static final List<String> PANTAU_SERVICES =
            List.of("innovation-service", "monitoring-service", "notification-service", "reporting-service");

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
}
