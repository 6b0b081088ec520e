package com.hallkiosk.app;

import com.hallkiosk.device.idcard.emulator.ReadBenchmark;
import com.hallkiosk.device.idcard.emulator.SocatPtyPair;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench idcard}: a full ID card read through the driver and a pty, against the line time of its bytes. */
@Command(name = "idcard", mixinStandardHelpOptions = true,
        description = "Time full ID card reads (find, select, read) through the driver and a socat pty pair against"
                + " the emulated module paced at the baud rate, next to the line time of the bytes exchanged.")
final class BenchIdCardCommand implements Callable<Integer> {
    @Option(names = "--reads", defaultValue = "50", paramLabel = "N", description = "Reads to time (default ${DEFAULT-VALUE}).")
    int reads;

    @Option(names = "--baud", defaultValue = "115200", paramLabel = "N", description = "The line's baud rate (default ${DEFAULT-VALUE}).")
    int baud;

    private final Wiring wiring;

    BenchIdCardCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws IOException {
        if (reads < 1) {
            throw new UserError("--reads must be at least 1", ExitCodes.BAD_INPUT);
        }
        Path socat = SocatPtyPair.findSocat().orElseThrow(() -> new UserError(
                "socat is needed for the pty pair: apt-get install socat", ExitCodes.BAD_DATA));
        ReadBenchmark.Figures figures = ReadBenchmark.run(socat, baud, Math.max(3, reads / 10), reads);
        wiring.out().println(figures.report());
        return figures.withinBudget() ? ExitCodes.OK : ExitCodes.BAD_DATA;
    }
}
