package id.pantau.local;

import java.util.List;

/** The stack could not start; the message names the part that failed and, for a child, shows its last log lines. */
public final class StartupException extends RuntimeException {

    public StartupException(String message) {
        super(message);
    }

    public StartupException(String message, Throwable cause) {
        super(message, cause);
    }

    static StartupException childFailed(ChildProcess child, String problem) {
        List<String> tail = child.tail();
        StringBuilder message = new StringBuilder(problem);
        if (!tail.isEmpty()) {
            message.append(System.lineSeparator()).append("--- last lines of ").append(child.name()).append(" ---");
            tail.forEach(line -> message.append(System.lineSeparator()).append("  ").append(line));
        }
        return new StartupException(message.toString());
    }
}
