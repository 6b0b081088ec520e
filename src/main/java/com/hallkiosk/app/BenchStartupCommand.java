package com.hallkiosk.app;

import com.hallkiosk.bench.StartupBenchmark;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench startup}: JVM launch to home screen painted, beside a bare FlatLaf frame, with AppCDS too. */
@Command(name = "startup", mixinStandardHelpOptions = true,
        description = "Time from JVM launch to the home screen painted (median of N runs), beside a bare FlatLaf"
                + " frame painting one label, each with and without AppCDS. Needs a display.")
final class BenchStartupCommand implements Callable<Integer> {
    private static final int MINIMUM_RUNS = 9;

    @Option(names = "--runs", defaultValue = "9", paramLabel = "N", description = "Runs of each (at least 9; default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--jvm-option", paramLabel = "OPTION",
            description = "An option for every JVM started, kiosk and baseline alike (repeatable),"
                    + " e.g. --jvm-option=-XX:TieredStopAtLevel=1")
    List<String> jvmOptions = new java.util.ArrayList<>();

    @Option(names = "--work", defaultValue = "target/bench-startup", paramLabel = "DIR",
            description = "Where the archives and the demo data go (default: ${DEFAULT-VALUE}).")
    Path work;

    private final Wiring wiring;

    BenchStartupCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws IOException, InterruptedException, URISyntaxException {
        if (runs < MINIMUM_RUNS) {
            throw new UserError("--runs must be at least " + MINIMUM_RUNS, ExitCodes.BAD_INPUT);
        }
        if (GraphicsEnvironment.isHeadless()) {
            throw new UserError("the start-up benchmark paints windows: run it under a display (xvfb-run)",
                    ExitCodes.BAD_DATA);
        }
        Path jar = Path.of(BenchStartupCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!jar.toString().endsWith(".jar")) {
            throw new UserError("run the benchmark from the jar: java -jar target/hall-kiosk.jar bench startup",
                    ExitCodes.BAD_INPUT);
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        wiring.out().println("Start-up benchmark: " + runs + " runs of each, alternating, after training runs"
                + (jvmOptions.isEmpty() ? "" : "; JVM options " + String.join(" ", jvmOptions)));
        List<StartupBenchmark.Subject> subjects = new StartupBenchmark(java, jar, work, jvmOptions).run(runs);
        wiring.out().println();
        wiring.out().print(StartupBenchmark.summary(subjects));
        wiring.out().println();
        wiring.out().printf("kiosk / bare: %.2f× without AppCDS, %.2f× with AppCDS (goal: ≤ 1.5×)%n",
                (double) subjects.get(1).median() / subjects.get(0).median(),
                (double) subjects.get(3).median() / subjects.get(2).median());
        wiring.out().printf("live home / bare: %.2f× without AppCDS, %.2f× with AppCDS%n",
                (double) subjects.get(1).liveMedian() / subjects.get(0).median(),
                (double) subjects.get(3).liveMedian() / subjects.get(2).median());
        wiring.out().printf("AppCDS gave the kiosk %d → %d ms, the bare frame %d → %d ms%n", subjects.get(1).median(),
                subjects.get(3).median(), subjects.get(0).median(), subjects.get(2).median());
        for (StartupBenchmark.Subject subject : subjects) {
            wiring.out().println("  " + subject.name() + ": " + StartupBenchmark.runs(subject));
        }
        return ExitCodes.OK;
    }
}
