package id.pantau.local;

import java.util.List;
import java.util.Map;

/**
 * What {@code run-local.sh} asked for: its flags, and the environment variables that point at an external Kafka or
 * MongoDB instead of the embedded ones.
 *
 * @param externalKafka bootstrap servers of an external Kafka, or null to run the embedded broker
 * @param externalMongo connection string of an external MongoDB, or null to run the embedded wire server
 */
record LaunchOptions(boolean help, boolean fresh, boolean demo, String externalKafka, String externalMongo) {

    static final String USAGE = """
            Usage: ./run-local.sh [--fresh] [--no-demo] [--build|--no-build]
              --fresh     wipe .pantau/ (data and logs) first
              --no-demo   do not load the demo data
              --build     build all modules first (default: only when a jar is missing)
              --no-build  never build
            Environment:
              PANTAU_KAFKA_BOOTSTRAP  use this Kafka (host:port) instead of starting one
              PANTAU_MONGODB_URI      use this MongoDB (mongodb://...) instead of starting one""";

    /** @throws IllegalArgumentException for an unknown flag */
    static LaunchOptions parse(List<String> args, Map<String, String> environment) {
        boolean help = false;
        boolean fresh = false;
        boolean demo = true;
        for (String arg : args) {
            switch (arg) {
                case "-h", "--help" -> help = true;
                case "--fresh" -> fresh = true;
                case "--no-demo" -> demo = false;
                default -> throw new IllegalArgumentException("Unknown option: " + arg);
            }
        }
        return new LaunchOptions(help, fresh, demo,
                nonBlank(environment.get("PANTAU_KAFKA_BOOTSTRAP")), nonBlank(environment.get("PANTAU_MONGODB_URI")));
    }

    private static String nonBlank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
