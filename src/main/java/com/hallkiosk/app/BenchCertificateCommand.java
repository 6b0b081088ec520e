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
                + " rendered) and the warm render (median of N), with the font subset and, as the baseline, embedded"
                + " whole; and the files' sizes.")
final class BenchCertificateCommand implements Callable<Integer> {
    /** The baseline deflates a 10 MB font per document: ~0.3 s a render, 100 renders and more in a minute. */
    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    @Option(names = "--rounds", defaultValue = "100", paramLabel = "N", description = "Warm renders to time on each side (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--config", paramLabel = "DIR", defaultValue = "kiosk-config",
            description = "The kiosk-config folder with certificates.properties (default: ${DEFAULT-VALUE}).")
    Path configDirectory;

    private final Wiring wiring;

    BenchCertificateCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (rounds < 1) {
            throw new UserError("--rounds must be at least 1", ExitCodes.BAD_INPUT);
        }
        wiring.out().println("Certificate benchmark: each side in a fresh JVM, " + rounds + " warm renders after 20 untimed");
        CertificateBenchmark.Figures figures = new CertificateBenchmark(Path.of(System.getProperty("java.home"), "bin", "java"),
                System.getProperty("java.class.path"), configDirectory.toAbsolutePath(), TIMEOUT).run(rounds);
        wiring.out().println();
        wiring.out().print(figures.markdown());
        wiring.out().println();
        wiring.out().println(figures.withinGoals() ? "Within the goals." : "NOT within the goals.");
        return figures.withinGoals() ? ExitCodes.OK : ExitCodes.BAD_DATA;
    }
}
