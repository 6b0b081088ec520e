package com.hallkiosk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Wall time from launching a JVM to its first screen painted, measured from outside: the clock starts
 * before the process is started and stops when it prints that it has painted. The kiosk and the
 * baseline (a bare FlatLaf frame with one label) run alternately, each with and without an AppCDS
 * archive made by a training run of its own.
 */
public final class StartupBenchmark {
    private static final long TIMEOUT_SECONDS = 120;

    private final Path java;
    private final Path jar;
    private final Path work;
    private final List<String> jvmOptions;

    /** {@code jvmOptions} are given to every JVM started, the kiosk's and the baseline's alike. */
    public StartupBenchmark(Path java, Path jar, Path work, List<String> jvmOptions) {
        this.java = java;
        this.jar = jar;
        this.work = work;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /**
     * One way of starting, and what it measured: {@code millis} to the first picture of the home screen
     * (the kiosk's launch snapshot when it has one), {@code liveMillis} to the live home screen painted.
     */
    public record Subject(String name, List<String> arguments, List<Long> millis, List<Long> liveMillis) {
        Subject(String name, List<String> arguments) {
            this(name, arguments, new ArrayList<>(), new ArrayList<>());
        }

        public long median() {
            return median(millis);
        }

        public long liveMedian() {
            return median(liveMillis);
        }

        private static long median(List<Long> values) {
            long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
            return sorted[sorted.length / 2];
        }

        public long min() {
            return millis.stream().mapToLong(Long::longValue).min().orElseThrow();
        }

        public long max() {
            return millis.stream().mapToLong(Long::longValue).max().orElseThrow();
        }
    }

    public List<Subject> run(int runs) throws IOException, InterruptedException {
        Files.createDirectories(work);
        List<String> kiosk = List.of("-jar", jar.toString(), "demo", "--windowed", "--exit-when-painted", "--data-dir",
                work.resolve("data").toString());
        List<String> bare = List.of("-cp", jar.toString(), BareFrame.class.getName());
        Path kioskArchive = work.resolve("kiosk.jsa");
        Path bareArchive = work.resolve("bare.jsa");
        Files.deleteIfExists(kioskArchive);
        Files.deleteIfExists(bareArchive);
        time(kiosk);
        time(with("-XX:ArchiveClassesAtExit=" + kioskArchive, kiosk));
        time(with("-XX:ArchiveClassesAtExit=" + bareArchive, bare));
        List<Subject> subjects = List.of(
                new Subject("bare FlatLaf frame", bare),
                new Subject("kiosk home screen", kiosk),
                new Subject("bare FlatLaf frame + AppCDS", with("-XX:SharedArchiveFile=" + bareArchive, bare)),
                new Subject("kiosk home screen + AppCDS", with("-XX:SharedArchiveFile=" + kioskArchive, kiosk)));
        for (int i = 0; i < runs; i++) {
            for (Subject subject : subjects) {
                long[] marks = time(subject.arguments());
                subject.millis().add(marks[0]);
                subject.liveMillis().add(marks[1]);
            }
        }
        return subjects;
    }

    private static List<String> with(String option, List<String> arguments) {
        List<String> all = new ArrayList<>();
        all.add(option);
        all.addAll(arguments);
        return all;
    }

    /** Milliseconds to the first picture of home (a launch snapshot or the live screen), and to the live screen. */
    private long[] time(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmOptions);
        command.addAll(arguments);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        long painted = -1;
        long firstPicture = -1;
        List<String> seen = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                seen.add(line);
                if (firstPicture < 0 && line.startsWith("home snapshot painted")) {
                    firstPicture = System.nanoTime();
                }
                if (painted < 0 && line.startsWith("home screen painted")) {
                    painted = System.nanoTime();
                }
            }
        }
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0 || painted < 0) {
            process.destroyForcibly();
            throw new IOException("no painted screen from " + String.join(" ", command) + ":\n" + String.join("\n", seen));
        }
        long live = (painted - start) / 1_000_000;
        return new long[] {firstPicture < 0 ? live : (firstPicture - start) / 1_000_000, live};
    }

    public static String summary(List<Subject> subjects) {
        StringBuilder table = new StringBuilder("| start | runs | home painted: median | min | max | live home: median |\n"
                + "|---|---:|---:|---:|---:|---:|\n");
        for (Subject subject : subjects) {
            table.append(String.format("| %s | %d | %d ms | %d ms | %d ms | %d ms |%n", subject.name(),
                    subject.millis().size(), subject.median(), subject.min(), subject.max(), subject.liveMedian()));
        }
        return table.toString();
    }

    public static String runs(Subject subject) {
        return Arrays.toString(subject.millis().toArray()) + (subject.millis().equals(subject.liveMillis()) ? ""
                : "; live home " + Arrays.toString(subject.liveMillis().toArray()));
    }
}
