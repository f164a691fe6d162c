package id.pantau.local;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The local authorization server ({@code deploy/auth-server}), run as {@code java -jar} and configured by
 * {@code SERVER_PORT} alone: its issuer is {@code http://127.0.0.1:<port>}. Ready when it publishes its OpenID
 * configuration, which is what the services fetch first.
 */
final class AuthServerProcess implements StackProcess {

    static final String JAR = "deploy/auth-server/target/local-auth-server.jar";

    /* It starts next to Kafka and MongoDB on two cores; alone it takes about 10 s. */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1");

    private final Path jar;
    private final int port;
    private final String dashboardUrl;
    private ChildProcess child;

    /** @param dashboardUrl where reporting-service serves the dashboard, whose login redirects back there */
    AuthServerProcess(Path root, int port, String dashboardUrl) {
        this.jar = root.resolve(JAR);
        this.port = port;
        this.dashboardUrl = dashboardUrl;
    }

    String issuer() {
        return "http://" + Readiness.HOST + ":" + port;
    }

    /** Checked before anything starts, like the service jars. */
    void requireJar() {
        if (!Files.isRegularFile(jar)) {
            throw new StartupException(jar + " is missing; build first: ./mvnw -B -DskipTests package");
        }
    }

    @Override
    public void start(ChildLauncher launcher) {
        Ports.requireFree(port, "the authorization server");
        // the dashboard's redirects follow reporting-service's port, which a test stack picks at random
        child = launcher.jar("auth", JVM_OPTIONS, jar, Map.of("SERVER_PORT", String.valueOf(port),
                "PANTAU_AUTH_DASHBOARD_REDIRECTURIS_0", dashboardUrl + "/",
                "PANTAU_AUTH_DASHBOARD_REDIRECTURIS_1", dashboardUrl + "/login/oauth2/code/pantau"));
    }

    @Override
    public void awaitReady() {
        URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
        Readiness.await(child, "the authorization server at " + discovery, READY_TIMEOUT,
                () -> Readiness.httpOk(discovery));
    }

    @Override
    public void stop() {
        if (child != null) {
            child.stop(STOP_GRACE);
        }
    }
}
