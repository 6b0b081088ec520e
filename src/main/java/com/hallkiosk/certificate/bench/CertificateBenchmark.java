package com.hallkiosk.certificate.bench;

import com.hallkiosk.certificate.CertificateType;
import com.hallkiosk.certificate.render.CertificateRenderer.FontEmbedding;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * Certificate PDF generation with the font subset and, the baseline, embedded whole, each in fresh JVMs
 * ({@link CertificateBenchmarkRun}): the first certificate of a fresh JVM (renderer set up, certificate
 * issued and rendered; the median of several JVMs), the warm render (median of N after a warm-up), and
 * the files' sizes. Three JVM configurations, as {@code bench startup} has them: default options; the
 * options a kiosk is launched with (C1 only and the serial GC, so the JIT does not compete with the work
 * on 2 cores); and those with an AppCDS archive of a training run. Goals from the issue: warm ≤ 20 ms,
 * first ≤ 400 ms, one page ≤ 40 KB.
 */
public final class CertificateBenchmark {
    static final double WARM_GOAL_MS = 20;
    static final double FIRST_GOAL_MS = 400;
    /** 40 KB, read as 40 000 bytes, the stricter reading. */
    static final long ONE_PAGE_GOAL_BYTES = 40_000;
    private static final List<String> KIOSK_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    private static final int TRAINING_ROUNDS = 5;

    /** JVM options for a benchmark's JVMs; with AppCDS, an archive is made by a training run first. */
    public record Configuration(String name, List<String> options, boolean appCds) {
    }

    public static final List<Configuration> CONFIGURATIONS = List.of(
            new Configuration("default JVM", List.of(), false),
            new Configuration("kiosk options", KIOSK_OPTIONS, false),
            new Configuration("kiosk options + AppCDS", KIOSK_OPTIONS, true));

    /** One fresh JVM's figures: times in ms, sizes in bytes; {@code launchToFirstMs} includes the JVM's own start. */
    public record Run(double launchToFirstMs, Map<String, String> figures) {
        double ms(String key) {
            return Double.parseDouble(figures.get(key));
        }

        long number(String key) {
            return Long.parseLong(figures.get(key));
        }
    }

    /** One configuration and font embedding: the first-certificate runs, and the run that also timed warm renders. */
    public record Side(Configuration configuration, FontEmbedding embedding, List<Run> firsts, Run warm) {
        double median(ToDoubleFunction<Run> figure) {
            double[] values = firsts.stream().mapToDouble(figure).sorted().toArray();
            return values[(values.length - 1) / 2];
        }

        String medianWithRange(ToDoubleFunction<Run> figure) {
            double[] values = firsts.stream().mapToDouble(figure).sorted().toArray();
            return String.format("%.0f ms (%.0f–%.0f)", median(figure), values[0], values[values.length - 1]);
        }
    }

    /** The whole run: for each configuration, the subset side and the whole-font side. */
    public record Figures(int firstRuns, int rounds, List<Side> subset, List<Side> full) {
        /** The goals, in the configuration a kiosk is launched with (the last), and the size. */
        public boolean withinGoals() {
            Side kiosk = subset.get(subset.size() - 1);
            return kiosk.median(run -> run.ms("first.ms")) <= FIRST_GOAL_MS
                    && kiosk.warm().ms("warm.median.ms") <= WARM_GOAL_MS
                    && kiosk.warm().number("first.bytes") <= ONE_PAGE_GOAL_BYTES;
        }

        /** The figures as docs/benchmarks.md holds them. */
        public String markdown() {
            StringBuilder out = new StringBuilder("| figure |");
            StringBuilder rule = new StringBuilder("|---|");
            for (Side side : subset) {
                out.append(' ').append(side.configuration().name()).append(" |");
                rule.append("---:|");
            }
            out.append(" goal |\n").append(rule).append("---|\n");
            row(out, subset, "first certificate, font subset: median of " + firstRuns + " fresh JVMs (min–max)",
                    side -> side.medianWithRange(run -> run.ms("first.ms")), "≤ 400 ms");
            row(out, subset, "— of which setting up the renderer (font, templates, seal; in parallel)",
                    side -> ms(side.median(run -> run.ms("setup.ms"))), "");
            row(out, subset, "— of which issuing (number, verification code)",
                    side -> ms(side.median(run -> run.ms("issue.ms"))), "");
            row(out, subset, "— of which rendering", side -> ms(side.median(run -> run.ms("render.ms"))), "");
            row(out, subset, "JVM launch to the first certificate (the JVM's own start included)",
                    side -> ms(side.median(Run::launchToFirstMs)), "");
            row(out, full, "first certificate, whole font (baseline)",
                    side -> side.medianWithRange(run -> run.ms("first.ms")), "");
            row(out, subset, "warm render, font subset: median of " + rounds + " (p95)", CertificateBenchmark::warm, "≤ 20 ms");
            row(out, full, "warm render, whole font (baseline): median of " + rounds + " (p95)", CertificateBenchmark::warm, "");
            Run sizes = subset.get(0).warm();
            out.append(String.format("%nOne-page 个人参保证明: %s with the font subset, %s with the whole font (goal ≤ 40 KB).%n",
                    size(sizes.number("first.bytes")), size(full.get(0).warm().number("first.bytes"))));
            out.append("\nFile sizes with the font subset, per certificate type (sample data):\n\n");
            out.append("| certificate | pages | size |\n|---|---:|---:|\n");
            for (CertificateType type : CertificateType.values()) {
                out.append(String.format("| %s | %d | %s |%n", type.id(), sizes.number("size." + type.id() + ".pages"),
                        size(sizes.number("size." + type.id() + ".bytes"))));
            }
            out.append(String.format("| personal-contribution, a record since 1990 | %d | %s |%n",
                    sizes.number("size.long.pages"), size(sizes.number("size.long.bytes"))));
            return out.toString();
        }

        private static void row(StringBuilder out, List<Side> sides, String figure,
                                java.util.function.Function<Side, String> value, String goal) {
            out.append("| ").append(figure).append(" |");
            for (Side side : sides) {
                out.append(' ').append(value.apply(side)).append(" |");
            }
            out.append(' ').append(goal).append(" |\n");
        }
    }

    private static String ms(double value) {
        return String.format("%.0f ms", value);
    }

    private static String warm(Side side) {
        return String.format("%.1f ms (%.1f)", side.warm().ms("warm.median.ms"), side.warm().ms("warm.p95.ms"));
    }

    private static String size(long bytes) {
        return bytes < 1_000_000 ? String.format("%,d bytes (%.1f KB)", bytes, bytes / 1000.0)
                : String.format("%,d bytes (%.1f MB)", bytes, bytes / 1e6);
    }

    private final Path java;
    private final String classpath;
    private final Path configDirectory;
    private final Path work;
    private final Duration timeout;

    /**
     * Runs {@code java} with {@code classpath} (this program's own) on the certificate settings in
     * {@code configDirectory}; AppCDS archives go to {@code work}.
     */
    public CertificateBenchmark(Path java, String classpath, Path configDirectory, Path work, Duration timeout) {
        this.java = java;
        this.classpath = classpath;
        this.configDirectory = configDirectory;
        this.work = work;
        this.timeout = timeout;
    }

    public Figures run(int firstRuns, int rounds) throws IOException, InterruptedException {
        List<Side> subset = new ArrayList<>();
        List<Side> full = new ArrayList<>();
        for (Configuration configuration : CONFIGURATIONS) {
            List<String> options = options(configuration);
            subset.add(side(configuration, options, FontEmbedding.SUBSET, firstRuns, rounds));
            full.add(side(configuration, options, FontEmbedding.FULL, firstRuns, rounds));
        }
        return new Figures(firstRuns, rounds, subset, full);
    }

    /** The configuration's options; with AppCDS, after a training run that writes the archive. */
    private List<String> options(Configuration configuration) throws IOException, InterruptedException {
        if (!configuration.appCds()) {
            return configuration.options();
        }
        Files.createDirectories(work);
        Path archive = work.resolve("certificate.jsa").toAbsolutePath();
        Files.deleteIfExists(archive);
        List<String> training = new ArrayList<>(configuration.options());
        training.add("-XX:ArchiveClassesAtExit=" + archive);
        launch(training, FontEmbedding.SUBSET, TRAINING_ROUNDS);
        if (!Files.isRegularFile(archive)) {
            throw new IOException("the training run wrote no AppCDS archive to " + archive);
        }
        List<String> options = new ArrayList<>(configuration.options());
        options.add("-XX:SharedArchiveFile=" + archive);
        return options;
    }

    private Side side(Configuration configuration, List<String> options, FontEmbedding embedding, int firstRuns, int rounds)
            throws IOException, InterruptedException {
        List<Run> firsts = new ArrayList<>();
        for (int i = 0; i < firstRuns; i++) {
            firsts.add(launch(options, embedding, 0));
        }
        return new Side(configuration, embedding, firsts, launch(options, embedding, rounds));
    }

    private Run launch(List<String> options, FontEmbedding embedding, int rounds) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(options);
        command.addAll(Arrays.asList("-cp", classpath, CertificateBenchmarkRun.class.getName(), embedding.name(),
                Integer.toString(rounds), configDirectory.toString()));
        long launched = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        process.getOutputStream().close();
        double launchToFirst = Double.NaN;
        Map<String, String> figures = new LinkedHashMap<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.equals(CertificateBenchmarkRun.FIRST_DONE)) {
                    launchToFirst = (System.nanoTime() - launched) / 1e6;
                } else if (line.indexOf('=') > 0) {
                    figures.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
                }
            }
        }
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("a certificate benchmark JVM took over " + timeout.toSeconds() + " s: " + command);
        }
        if (process.exitValue() != 0 || !figures.containsKey("first.ms")) {
            throw new IOException("a certificate benchmark JVM failed (exit " + process.exitValue() + "; its errors are"
                    + " above): " + command);
        }
        return new Run(launchToFirst, figures);
    }
}
