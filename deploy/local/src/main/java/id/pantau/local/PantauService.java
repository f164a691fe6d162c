package id.pantau.local;

import java.util.Arrays;
import java.util.Locale;

/** The four services of the platform, as the local stack runs them. */
public enum PantauService {
    INNOVATION(8081),
    MONITORING(8082),
    NOTIFICATION(8083),
    REPORTING(8084);

    private final int defaultPort;

    PantauService(int defaultPort) {
        this.defaultPort = defaultPort;
    }

    /** Short name used for log prefixes and log files, e.g. {@code innovation}. */
    public String shortName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Maven module and artifact id, which is also the jar's file name, e.g. {@code innovation-service}. */
    public String artifactId() {
        return shortName() + "-service";
    }

    /** The service's own MongoDB database, e.g. {@code pantau-innovation}. */
    public String database() {
        return "pantau-" + shortName();
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** Accepts the short name or the artifact id, in any case. */
    public static PantauService byName(String name) {
        return Arrays.stream(values())
                .filter(s -> s.shortName().equalsIgnoreCase(name) || s.artifactId().equalsIgnoreCase(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown service '" + name
                        + "'; expected one of innovation, monitoring, notification, reporting"));
    }
}
