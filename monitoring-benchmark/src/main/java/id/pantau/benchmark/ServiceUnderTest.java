package id.pantau.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * monitoring-service as its own JVM ({@code java -jar monitoring-service/target/monitoring-service.jar}), configured
 * by environment as every deployment configures it, with the full JIT: the local stack starts its services with C1
 * only, for a quick start rather than for throughput.
 */
final class ServiceUnderTest implements AutoCloseable {

    /** -Xmx1g, then {@code benchmark.service-jvm-options} (space separated), e.g. to record a flight recording. */
    static final List<String> JVM_OPTIONS = jvmOptions(System.getProperty("benchmark.service-jvm-options", ""));
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    private final Process process;
    private final String url;
    private final Path log;

    private ServiceUnderTest(Process process, String url, Path log) {
        this.process = process;
        this.url = url;
        this.log = log;
    }

    static ServiceUnderTest start(Path root, Path output, Map<String, String> environment) {
        Path jar = root.resolve("monitoring-service/target/monitoring-service.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run the benchmark with -am (see the module README)");
        }
        int port = freePort();
        try {
            Files.createDirectories(output);
            Path log = output.resolve("monitoring-service.log");
            ProcessBuilder builder = new ProcessBuilder(javaCommand(jar)).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            builder.environment().put("SERVER_PORT", String.valueOf(port));
            ServiceUnderTest service = new ServiceUnderTest(builder.start(), "http://127.0.0.1:" + port, log);
            service.awaitReady();
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> javaCommand(Path jar) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java));
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-jar", jar.toString()));
        return command;
    }

    static List<String> jvmOptions(String extra) {
        List<String> options = new java.util.ArrayList<>(List.of("-Xmx1g"));
        for (String option : extra.trim().split("\\s+")) {
            if (!option.isEmpty()) {
                options.add(option);
            }
        }
        return List.copyOf(options);
    }

    String url() {
        return url;
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create(url + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("monitoring-service exited while starting; see " + log);
            }
            try {
                if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            MonitoringEventsWatcher.sleep(500);
        }
        close();
        throw new IllegalStateException("monitoring-service was not ready in " + READY_TIMEOUT + "; see " + log);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
