package id.pantau.local;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts the stack's child JVMs the same way: with the java binary of this process (so a JDK 25 run tests JDK 25
 * children), the local stack's packaged classpath, and output to {@code <logs>/<name>.log}.
 */
record ChildLauncher(Path java, String classpath, Path logDir, boolean console) {

    /** Kafka, MongoDB and the mail catcher share one quiet logging configuration, shipped in the stack's jar. */
    private static final String CHILD_LOGGING = "-Dlog4j2.configurationFile=classpath:local-stack-log4j2.xml";

    static ChildLauncher of(Path root, Path logDir, boolean console) {
        Path target = root.resolve("deploy/local/target");
        Path libs = target.resolve("lib");
        Path jar = target.resolve("local-stack.jar");
        if (!Files.isDirectory(libs) || !Files.isRegularFile(jar)) {
            throw new StartupException(jar + " or " + libs + " is missing; build first: ./mvnw -B -DskipTests package");
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ChildLauncher(java, libs + File.separator + "*" + File.pathSeparator + jar, logDir, console);
    }

    ChildProcess javaMain(String name, List<String> jvmOptions, String mainClass, List<String> args) {
        List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", classpath, CHILD_LOGGING));
        if (Runtime.version().feature() >= 24) {
            // Kafka and Netty still use sun.misc.Unsafe; JDK 24+ would warn about it at every start
            command.add("--sun-misc-unsafe-memory-access=allow");
        }
        command.addAll(jvmOptions);
        command.add(mainClass);
        command.addAll(args);
        return ChildProcess.start(name, command, Map.of(), logFile(name), console);
    }

    ChildProcess jar(String name, List<String> jvmOptions, Path jar, Map<String, String> environment) {
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        return ChildProcess.start(name, command, environment, logFile(name), console);
    }

    private Path logFile(String name) {
        return logDir.resolve(name + ".log");
    }
}
