package com.hallkiosk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The wrk load generator, run as a process, and what its report says. */
public final class Wrk {
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in ([0-9.]+)(us|ms|s|m)");
    private static final Pattern NON_3XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern ERRORS = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private final Path workDirectory;

    public Wrk(Path workDirectory) {
        this.workDirectory = workDirectory;
    }

    /** What one wrk run reported, and the CPU time wrk itself used. */
    public record Report(long requests, double requestsPerSecond, double p50Millis, double p90Millis,
                         double p99Millis, long badResponses, long socketErrors, Duration wrkCpu, String raw) {
    }

    public Report run(String url, int threads, int connections, Duration duration) throws IOException, InterruptedException {
        Path output = Files.createTempFile(workDirectory, "wrk", ".txt");
        long childTicksBefore = reapedChildrenTicks();
        Process process = new ProcessBuilder(List.of("wrk", "-t" + threads, "-c" + connections,
                "-d" + Math.max(1, duration.toSeconds()) + "s", "--latency", "--timeout", "5s", url))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        if (!process.waitFor(duration.toSeconds() + 30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("wrk did not finish within " + (duration.toSeconds() + 30) + " s");
        }
        Duration wrkCpu = Duration.ofMillis((reapedChildrenTicks() - childTicksBefore) * 1000 / CLOCK_TICKS_PER_SECOND);
        String raw = Files.readString(output, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IOException("wrk failed (" + process.exitValue() + "): " + raw);
        }
        return parse(raw, wrkCpu);
    }

    static Report parse(String raw, Duration wrkCpu) throws IOException {
        Matcher rate = RATE.matcher(raw);
        Matcher total = TOTAL.matcher(raw);
        if (!rate.find() || !total.find()) {
            throw new IOException("wrk's report has no request rate: " + raw);
        }
        Matcher non3xx = NON_3XX.matcher(raw);
        Matcher errors = ERRORS.matcher(raw);
        long socketErrors = 0;
        if (errors.find()) {
            for (int i = 1; i <= 4; i++) {
                socketErrors += Long.parseLong(errors.group(i));
            }
        }
        return new Report(Long.parseLong(total.group(1)), Double.parseDouble(rate.group(1)), percentile(raw, "50%"),
                percentile(raw, "90%"), percentile(raw, "99%"), non3xx.find() ? Long.parseLong(non3xx.group(1)) : 0,
                socketErrors, wrkCpu, raw);
    }

    private static double percentile(String raw, String label) throws IOException {
        Matcher m = Pattern.compile("^\\s+" + Pattern.quote(label) + "\\s+([0-9.]+)(us|ms|s|m)\\s*$", Pattern.MULTILINE)
                .matcher(raw);
        if (!m.find()) {
            throw new IOException("wrk's report has no " + label + " latency: " + raw);
        }
        double value = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "us" -> value / 1000;
            case "ms" -> value;
            case "s" -> value * 1000;
            default -> value * 60_000;
        };
    }

    /** User and system time of this process's children that have been waited for (Linux), in clock ticks. */
    private static long reapedChildrenTicks() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // Fields 16 and 17 of stat (cutime, cstime); the array starts at field 3.
            return Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
