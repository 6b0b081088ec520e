package com.hallkiosk.app;

import com.hallkiosk.certificate.bench.CertificateBenchmark;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench certificate}: certificate PDF generation, fresh and warm, with the font subset and whole. */
@Command(name = "certificate", mixinStandardHelpOptions = true,
        description = "Time certificate PDF generation in fresh JVMs: the first certificate (renderer set up, issued,"
                + " rendered; median of several JVMs) and the warm render (median of N), with the font subset and, as"
                + " the baseline, embedded whole, with default JVM options, the kiosk's, and the kiosk's with AppCDS;"
                + " and the files' sizes.")
final class BenchCertificateCommand implements Callable<Integer> {
    /** The baseline deflates a 10 MB font per document: ~0.3 s a render, so its 100 rounds take about a minute. */
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    @Option(names = "--rounds", defaultValue = "100", paramLabel = "N", description = "Warm renders to time in each configuration and side (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--first-runs", defaultValue = "5", paramLabel = "N", description = "Fresh JVMs whose first certificate is timed, in each configuration and side (default ${DEFAULT-VALUE}).")
    int firstRuns;

    @Option(names = "--work", defaultValue = "target/bench-certificate", paramLabel = "DIR",
            description = "Where the AppCDS archive goes (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--config", paramLabel = "DIR", defaultValue = "kiosk-config",
            description = "The kiosk-config folder with certificates.properties (default: ${DEFAULT-VALUE}).")
    Path configDirectory;

    private final Wiring wiring;

    BenchCertificateCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (rounds < 1 || firstRuns < 1) {
            throw new UserError("--rounds and --first-runs must be at least 1", ExitCodes.BAD_INPUT);
        }
        wiring.out().println("Certificate benchmark: in each configuration and side, " + firstRuns + " fresh JVMs for the"
                + " first certificate, then one that renders " + rounds + " times after 3 s of untimed renders");
        CertificateBenchmark.Figures figures = new CertificateBenchmark(Path.of(System.getProperty("java.home"), "bin", "java"),
                System.getProperty("java.class.path"), configDirectory.toAbsolutePath(), work, TIMEOUT).run(firstRuns, rounds);
        wiring.out().println();
        wiring.out().print(figures.markdown());
        wiring.out().println();
        wiring.out().println(figures.withinGoals() ? "Within the goals (kiosk options + AppCDS)."
                : "NOT within the goals (kiosk options + AppCDS).");
        return figures.withinGoals() ? ExitCodes.OK : ExitCodes.BAD_DATA;
    }
}
