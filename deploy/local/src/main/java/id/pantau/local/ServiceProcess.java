package id.pantau.local;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** One of the four services, run as {@code java -jar <module>/target/<module>.jar} and configured only by environment. */
final class ServiceProcess implements StackProcess {

    /* Four services starting together on two cores take about 40 s; the margin covers slower machines. */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    // C1 only: these JVMs run briefly or lightly on a laptop, and C2 compiling four services at once slows startup
    private static final List<String> JVM_OPTIONS = List.of("-Xmx384m", "-XX:TieredStopAtLevel=1");

    private final PantauService service;
    private final Path jar;
    private final int port;
    private final Map<String, String> environment;
    private ChildProcess child;

    ServiceProcess(PantauService service, Path jar, int port, Map<String, String> environment) {
        this.service = service;
        this.jar = jar;
        this.port = port;
        this.environment = Map.copyOf(environment);
    }

    String url() {
        return "http://" + Readiness.HOST + ":" + port;
    }

    /** Checked before anything starts, so that a missing build fails in a second rather than after Kafka is up. */
    void requireJar() {
        if (!Files.isRegularFile(jar)) {
            throw new StartupException(jar + " is missing; build first: ./mvnw -B -DskipTests package");
        }
    }

    @Override
    public void start(ChildLauncher launcher) {
        Ports.requireFree(port, service.artifactId());
        child = launcher.jar(service.shortName(), JVM_OPTIONS, jar, environment);
    }

    @Override
    public void awaitReady() {
        URI readiness = URI.create(url() + "/actuator/health/readiness");
        Readiness.await(child, service.artifactId() + " at " + readiness, READY_TIMEOUT,
                () -> Readiness.httpOk(readiness));
    }

    @Override
    public void stop() {
        if (child != null) {
            child.stop(STOP_GRACE);
        }
    }

    /** Ends the service at once, without a graceful shutdown, as a crash would. */
    void kill() {
        if (child != null) {
            child.kill();
        }
    }
}
