package id.pantau.local;

import java.time.Duration;
import java.util.List;

/**
 * A child JVM running one of this module's own servers ({@link MongoWireServer}, {@link MailCatcher}); ready when
 * the last port it opens accepts connections.
 */
final class ServerProcess implements StackProcess {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    // small heaps, and C1 only, because these servers do little work and start next to Kafka on two cores
    private static final List<String> JVM_OPTIONS = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private final String name;
    private final Class<?> mainClass;
    private final List<String> args;
    private final List<Integer> ports;
    private ChildProcess child;

    /** @param ports the ports it listens on, in the order it opens them */
    ServerProcess(String name, Class<?> mainClass, List<String> args, List<Integer> ports) {
        this.name = name;
        this.mainClass = mainClass;
        this.args = args;
        this.ports = ports;
    }

    @Override
    public void start(ChildLauncher launcher) {
        ports.forEach(port -> Ports.requireFree(port, name));
        child = launcher.javaMain(name, JVM_OPTIONS, mainClass.getName(), args);
    }

    @Override
    public void awaitReady() {
        int lastPort = ports.get(ports.size() - 1);
        Readiness.await(child, name + " on port " + lastPort, READY_TIMEOUT, () -> Readiness.tcpOpen(lastPort));
    }

    @Override
    public void stop() {
        if (child != null) {
            child.stop(STOP_GRACE);
        }
    }
}
