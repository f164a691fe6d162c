package id.pantau.local;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Copies a child's output, line by line, to its log file and (prefixed with its name) to the console, and keeps
 * the last lines so that a failed start can show why without sending the user to the log file.
 */
final class LogPump {

    private static final int TAIL_LINES = 40;
    private static final int PREFIX_WIDTH = "[notification] ".length();

    private final Deque<String> tail = new ArrayDeque<>();
    private final Thread thread;

    private LogPump(String name, InputStream output, BufferedWriter log, boolean console) {
        String prefix = String.format("%-" + PREFIX_WIDTH + "s", "[" + name + "]");
        thread = new Thread(() -> copy(output, log, console ? prefix : null), "log-" + name);
        thread.setDaemon(true);
    }

    static LogPump start(String name, InputStream output, Path logFile, boolean console) {
        BufferedWriter log = openForAppend(logFile);
        LogPump pump = new LogPump(name, output, log, console);
        pump.thread.start();
        return pump;
    }

    List<String> tail() {
        synchronized (tail) {
            return List.copyOf(tail);
        }
    }

    /** Returns once the child's output has ended and has been written, or the timeout has passed. */
    void awaitEnd(Duration timeout) {
        try {
            thread.join(timeout.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void copy(InputStream output, BufferedWriter log, String consolePrefix) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8));
             log) {
            String line;
            while ((line = reader.readLine()) != null) {
                remember(line);
                // flushed per line so that the file is useful while the child runs and after a crash
                log.write(line);
                log.newLine();
                log.flush();
                if (consolePrefix != null) {
                    System.out.println(consolePrefix + line);
                }
            }
        } catch (IOException e) {
            remember("(log copy stopped: " + e.getMessage() + ")");
        }
    }

    private void remember(String line) {
        synchronized (tail) {
            if (tail.size() == TAIL_LINES) {
                tail.removeFirst();
            }
            tail.addLast(line);
        }
    }

    private static BufferedWriter openForAppend(Path logFile) {
        try {
            Files.createDirectories(logFile.getParent());
            BufferedWriter log = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            // a restarted child appends to the same file: mark where this run begins
            log.write("----- " + Instant.now() + " -----");
            log.newLine();
            return log;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write log file " + logFile, e);
        }
    }
}
