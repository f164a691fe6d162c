package id.pantau.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** One child process of the local stack: started with its output pumped to a log, stopped gently, then forcibly. */
final class ChildProcess {

    /*
     * Children run in their own session when setsid is available. Otherwise Ctrl-C in the terminal reaches every
     * process of the foreground group at once, Kafka would stop while the services still flush to it, and the
     * ordered shutdown (services first, then mail, MongoDB, Kafka) would not happen. setsid execs in place, so the
     * Process still is the child itself and destroy() signals it directly.
     */
    private static final Optional<Path> SETSID = Stream.of("/usr/bin/setsid", "/bin/setsid")
            .map(Path::of)
            .filter(Files::isExecutable)
            .findFirst();

    private final String name;
    private final Process process;
    private final LogPump pump;

    private ChildProcess(String name, Process process, LogPump pump) {
        this.name = name;
        this.process = process;
        this.pump = pump;
    }

    static ChildProcess start(String name, List<String> command, Map<String, String> environment,
                              Path logFile, boolean console) {
        List<String> fullCommand = new ArrayList<>();
        SETSID.ifPresent(setsid -> fullCommand.add(setsid.toString()));
        fullCommand.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(fullCommand).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            return new ChildProcess(name, process, LogPump.start(name, process.getInputStream(), logFile, console));
        } catch (IOException e) {
            throw new StartupException("Cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    String name() {
        return name;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    List<String> tail() {
        return pump.tail();
    }

    /** Waits for a child that is expected to finish by itself, such as a one-off tool, and returns its exit code. */
    int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                kill();
                throw StartupException.childFailed(this, name + " did not finish within " + timeout.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            kill();
            throw new StartupException("Interrupted while waiting for " + name);
        }
        pump.awaitEnd(Duration.ofSeconds(2));
        return process.exitValue();
    }

    int exitCode() {
        return process.exitValue();
    }

    /** Asks the child to stop (SIGTERM, so it runs its shutdown hooks), and kills it if it takes longer than grace. */
    void stop(Duration grace) {
        if (process.isAlive()) {
            // through the handle: Process.destroy() would also close the output pipe, losing the shutdown log
            process.toHandle().destroy();
            try {
                if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                    System.out.println(name + " did not stop within " + grace.toSeconds() + " s; killing it");
                    kill();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                kill();
            }
        }
        pump.awaitEnd(Duration.ofSeconds(2));
    }

    /** Ends the child at once, without its shutdown hooks, as a crash would. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pump.awaitEnd(Duration.ofSeconds(2));
    }
}
