package com.hallkiosk.app;

import com.hallkiosk.device.DeviceException;
import com.hallkiosk.device.sscard.emulator.SocialSecurityCardBenchmark;
import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench sscard}: the 社保卡 identity read through pcscd and vpcd: APDUs and time per read. */
@Command(name = "sscard", mixinStandardHelpOptions = true,
        description = "Time the social security card identity read (EF05 + EF06, no PIN) through the real PC/SC"
                + " stack (jnasmartcardio, pcscd, vsmartcard-vpcd) against the virtual card, and count its APDUs."
                + " Needs pcscd running with vpcd.")
final class BenchSscardCommand implements Callable<Integer> {
    @Option(names = "--reads", defaultValue = "20", paramLabel = "N", description = "Reads to time (default ${DEFAULT-VALUE}).")
    int reads;

    private final Wiring wiring;

    BenchSscardCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (reads < 1) {
            throw new UserError("--reads must be at least 1", ExitCodes.BAD_INPUT);
        }
        try {
            wiring.out().println(SocialSecurityCardBenchmark.localVpcd().run(reads));
            return ExitCodes.OK;
        } catch (DeviceException failure) {
            throw DeviceCalls.failure(failure);
        } catch (IOException vpcdNotListening) {
            throw new UserError("vpcd does not answer: " + vpcdNotListening.getMessage()
                    + "\n  请检查 check: pcscd is running and the Debian package vsmartcard-vpcd is installed"
                    + " (scripts/test starts pcscd when it is not)", ExitCodes.DEVICE);
        }
    }
}
