package com.hallkiosk.certificate.bench;

import com.hallkiosk.certificate.CertificateType;
import com.hallkiosk.certificate.render.CertificateRenderer.FontEmbedding;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Certificate PDF generation, with the font subset and (the baseline) embedded whole, each side in a
 * fresh JVM of its own ({@link CertificateBenchmarkRun}): the first certificate in that JVM (renderer set
 * up, certificate issued and rendered), the warm render (median of N after a warm-up), and the files'
 * sizes. Goals from the issue: warm ≤ 20 ms, first ≤ 400 ms, one page ≤ 40 KB.
 */
public final class CertificateBenchmark {
    static final double WARM_GOAL_MS = 20;
    static final double FIRST_GOAL_MS = 400;
    /** 40 KB, read as 40 000 bytes, the stricter reading. */
    static final long ONE_PAGE_GOAL_BYTES = 40_000;

    /** One side's figures: times in milliseconds; {@code launchToFirstMs} includes the JVM's own start. */
    public record Side(FontEmbedding embedding, double launchToFirstMs, Map<String, String> figures) {
        double ms(String key) {
            return Double.parseDouble(figures.get(key));
        }

        long number(String key) {
            return Long.parseLong(figures.get(key));
        }
    }

    /** Both sides of one run. */
    public record Figures(int rounds, Side subset, Side full) {
        public boolean withinGoals() {
            return subset.ms("warm.median.ms") <= WARM_GOAL_MS && subset.ms("first.ms") <= FIRST_GOAL_MS
                    && subset.number("first.bytes") <= ONE_PAGE_GOAL_BYTES;
        }

        /** The figures as the Markdown docs/benchmarks.md holds. */
        public String markdown() {
            StringBuilder out = new StringBuilder();
            out.append("| figure | font subset (the kiosk's) | whole font embedded (baseline) | goal |\n");
            out.append("|---|---:|---:|---|\n");
            row(out, "first certificate in a fresh JVM: renderer set up, issued, rendered", "first.ms", "≤ 400 ms");
            row(out, "— of which setting up the renderer (font, templates, seal, in parallel)", "setup.ms", "");
            row(out, "— of which issuing (number, verification code)", "issue.ms", "");
            row(out, "— of which rendering", "render.ms", "");
            out.append(String.format("| JVM launch to the first certificate (the JVM's own start included) | %.0f ms | %.0f ms |  |%n",
                    subset.launchToFirstMs(), full.launchToFirstMs()));
            out.append(String.format("| warm render, median of %d (p95) | %s ms (%s) | %s ms (%s) | ≤ 20 ms |%n", rounds,
                    oneDecimal(subset, "warm.median.ms"), oneDecimal(subset, "warm.p95.ms"),
                    oneDecimal(full, "warm.median.ms"), oneDecimal(full, "warm.p95.ms")));
            out.append(String.format("| one-page 个人参保证明, file size | %s | %s | ≤ 40 KB |%n", size(subset, "first.bytes"),
                    size(full, "first.bytes")));
            out.append("\nFile sizes with the font subset, per certificate type (sample data):\n\n");
            out.append("| certificate | pages | size |\n|---|---:|---:|\n");
            for (CertificateType type : CertificateType.values()) {
                out.append(String.format("| %s | %d | %s |%n", type.id(), subset.number("size." + type.id() + ".pages"),
                        size(subset, "size." + type.id() + ".bytes")));
            }
            out.append(String.format("| personal-contribution, a record since 1990 | %d | %s |%n",
                    subset.number("size.long.pages"), size(subset, "size.long.bytes")));
            return out.toString();
        }

        private void row(StringBuilder out, String figure, String key, String goal) {
            out.append(String.format("| %s | %.0f ms | %.0f ms | %s |%n", figure, subset.ms(key), full.ms(key), goal));
        }

        private static String oneDecimal(Side side, String key) {
            return String.format("%.1f", side.ms(key));
        }

        private static String size(Side side, String key) {
            long bytes = side.number(key);
            return bytes < 1_000_000 ? String.format("%,d bytes (%.1f KB)", bytes, bytes / 1000.0)
                    : String.format("%,d bytes (%.1f MB)", bytes, bytes / 1e6);
        }
    }

    private final Path java;
    private final String classpath;
    private final Path configDirectory;
    private final Duration timeout;

    /** Runs {@code java} with {@code classpath} (this program's own) on the certificate settings in {@code configDirectory}. */
    public CertificateBenchmark(Path java, String classpath, Path configDirectory, Duration timeout) {
        this.java = java;
        this.classpath = classpath;
        this.configDirectory = configDirectory;
        this.timeout = timeout;
    }

    public Figures run(int rounds) throws IOException, InterruptedException {
        return new Figures(rounds, side(FontEmbedding.SUBSET, rounds), side(FontEmbedding.FULL, rounds));
    }

    private Side side(FontEmbedding embedding, int rounds) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", classpath,
                CertificateBenchmarkRun.class.getName(), embedding.name(), Integer.toString(rounds), configDirectory.toString()));
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
            throw new IOException("the " + embedding + " benchmark took over " + timeout.toSeconds() + " s");
        }
        if (process.exitValue() != 0 || !figures.containsKey("size.long.pages")) {
            throw new IOException("the " + embedding + " benchmark failed (exit " + process.exitValue() + "); its errors are above");
        }
        return new Side(embedding, launchToFirst, figures);
    }
}
