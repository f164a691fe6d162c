package id.pantau.benchmark;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import id.pantau.testing.EmbeddedInfrastructure;
import org.bson.Document;

/** The store a run measures: what it is, and the databases the run leaves in it. */
final class RunDatabases {

    private RunDatabases() {
    }

    /**
     * The store as the report names it, with the MongoDB version it answers {@code buildInfo} with (the wire server
     * answers with the version whose protocol it speaks).
     */
    static String describeStore(String uri, boolean given) {
        try (MongoClient client = MongoClients.create(uri)) {
            Object version = client.getDatabase(new ConnectionString(uri).getDatabase())
                    .runCommand(new Document("buildInfo", 1)).get("version");
            return given
                    ? "the MongoDB server given by benchmark.mongodb (MongoDB " + version + ")"
                    : "mongo-java-server's memory backend in the benchmark's JVM (speaking MongoDB " + version + ")";
        }
    }

    /** Drops the run's databases, so that a MongoDB server kept between runs is left as it was found. */
    static void drop(EmbeddedInfrastructure infrastructure, String... databases) {
        for (String database : databases) {
            String uri = infrastructure.mongoUri(database);
            try (MongoClient client = MongoClients.create(uri)) {
                client.getDatabase(database).drop();
            } catch (RuntimeException e) {
                MonitoringBenchmark.log("database " + database + " not dropped: " + e);
            }
        }
    }
}
