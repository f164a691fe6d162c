package id.pantau.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the report says about the machine: processors, memory, system, Java, and how busy it is. */
final class Machine {

    private Machine() {
    }

    static String description() {
        return Runtime.getRuntime().availableProcessors() + " processors" + cpuModel() + ", " + memory() + ", "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + ", Java "
                + System.getProperty("java.version");
    }

    static String loadAverage() {
        String load = read("/proc/loadavg");
        if (load.isEmpty()) {
            return "unknown";
        }
        String[] parts = load.split(" ");
        return parts[0] + ", " + parts[1] + ", " + parts[2];
    }

    private static String cpuModel() {
        return read("/proc/cpuinfo").lines().filter(line -> line.startsWith("model name")).findFirst()
                .map(line -> " (" + line.substring(line.indexOf(':') + 1).strip() + ")").orElse("");
    }

    private static String memory() {
        return read("/proc/meminfo").lines().filter(line -> line.startsWith("MemTotal")).findFirst()
                .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024 / 1024 + " GiB").orElse("memory unknown");
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file)).strip();
        } catch (IOException e) {
            return "";
        }
    }
}
