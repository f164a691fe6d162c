package id.pantau.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A real Keycloak from its distribution zip ({@code org.keycloak:keycloak-quarkus-dist}), run in dev mode on a free
 * port with one realm file imported, so that the realm shipped for docker-compose is tested for real. The
 * distribution is unpacked once per build folder (its first start also builds it, about 40 s); the realm is
 * imported afresh at every start.
 */
final class KeycloakServer implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);

    private final Path home;
    private final int port;
    private final String realm;
    private final Process process;

    private KeycloakServer(Path home, int port, String realm, Process process) {
        this.home = home;
        this.port = port;
        this.realm = realm;
        this.process = process;
    }

    /** Unpacks the distribution if needed and starts it; {@link #awaitReady()} waits until the realm is served. */
    static KeycloakServer start(Path distributionZip, Path workDir, Path realmFile, String realm) throws IOException {
        Path home = unpack(distributionZip, workDir);
        // a realm that already exists is never imported again: start from an empty database
        deleteRecursively(home.resolve("data/h2"));
        Path imports = Files.createDirectories(home.resolve("data/import"));
        Files.copy(realmFile, imports.resolve(realmFile.getFileName()), StandardCopyOption.REPLACE_EXISTING);

        int port = freePort();
        String baseUrl = "http://127.0.0.1:" + port;
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port,
                // the issuer in tokens must not depend on the host name a caller happens to use
                "--hostname=" + baseUrl,
                // off the default 9000 of the local authorization server
                "--http-management-port=" + freePort(),
                "--import-realm")
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("keycloak.log").toFile());
        Map<String, String> environment = builder.environment();
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        return new KeycloakServer(home, port, realm, builder.start());
    }

    /** The realm's issuer, e.g. {@code http://127.0.0.1:41234/realms/pantau}. */
    String issuer() {
        return "http://127.0.0.1:" + port + "/realms/" + realm;
    }

    String tokenUrl() {
        return issuer() + "/protocol/openid-connect/token";
    }

    void awaitReady() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; see " + log());
            }
            try {
                if (http.send(HttpRequest.newBuilder(discovery).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Keycloak not ready in " + READY_TIMEOUT + "; see " + log());
    }

    Path log() {
        return home.getParent().resolve("keycloak.log");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static Path unpack(Path zip, Path workDir) throws IOException {
        Path marker = workDir.resolve(zip.getFileName() + ".unpacked");
        if (Files.exists(marker)) {
            return Path.of(Files.readString(marker).trim());
        }
        Path home = null;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = workDir.resolve(entry.getName()).normalize();
                if (!target.startsWith(workDir)) {
                    throw new IOException("Entry outside the target folder: " + entry.getName());
                }
                if (home == null) {
                    home = workDir.resolve(Path.of(entry.getName()).getName(0));
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        if (home == null) {
            throw new IOException(zip + " is empty");
        }
        // a zip keeps no execute bits that ZipInputStream would restore
        try (Stream<Path> scripts = Files.list(home.resolve("bin"))) {
            for (Path script : scripts.filter(path -> path.toString().endsWith(".sh")).toList()) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(script);
                permissions.addAll(List.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE));
                Files.setPosixFilePermissions(script, permissions);
            }
        }
        Files.writeString(marker, home.toString());
        return home;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
