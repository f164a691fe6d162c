package id.pantau.local;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MongoDB wire-protocol server (mongo-java-server), the main class of the local stack's MongoDB child JVM.
 * Usage: {@code MongoWireServer <port> <h2-file>|--memory}. The H2 file backend keeps data across restarts.
 */
public final class MongoWireServer {

    static final String MEMORY = "--memory";

    private MongoWireServer() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("Usage: MongoWireServer <port> <h2-file>|" + MEMORY);
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        String storage = args[1];
        MongoServer server = new MongoServer(backend(storage));
        // SIGTERM runs this hook: shutdownNow closes the H2 store, which writes what is still in memory to the file
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdownNow();
            System.out.println("MongoDB wire server stopped");
        }, "mongo-shutdown"));
        server.bind(Readiness.HOST, port);
        System.out.println("MongoDB wire server listening on " + Readiness.HOST + ":" + port + " ("
                + (MEMORY.equals(storage) ? "in memory" : "H2 file " + storage) + ")");
    }

    private static MongoBackend backend(String storage) throws IOException {
        if (MEMORY.equals(storage)) {
            return new MemoryBackend();
        }
        Path file = Path.of(storage).toAbsolutePath();
        Files.createDirectories(file.getParent());
        return new H2Backend(file.toString());
    }
}
