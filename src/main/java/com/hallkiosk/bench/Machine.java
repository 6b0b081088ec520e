package com.hallkiosk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine line of a benchmark report. */
public final class Machine {
    private Machine() {
    }

    public static String describe() {
        String cpu = "unknown CPU";
        Path cpuinfo = Path.of("/proc/cpuinfo");
        try {
            if (Files.isReadable(cpuinfo)) {
                cpu = Files.readAllLines(cpuinfo).stream().filter(line -> line.startsWith("model name"))
                        .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElse(cpu);
            }
        } catch (IOException e) {
            // The CPU's name is decoration; the rest of the line still says what ran.
        }
        return cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + ", Java "
                + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")";
    }
}
