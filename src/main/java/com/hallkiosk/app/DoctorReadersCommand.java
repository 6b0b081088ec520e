package com.hallkiosk.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.hallkiosk.config.DevicesConfig;
import com.hallkiosk.config.InvalidConfigException;
import com.hallkiosk.device.sscard.ReaderStatus;
import com.hallkiosk.device.sscard.SocialSecurityCardReader;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code doctor readers}: the PC/SC readers pcscd sees, which hold a card, and which one the kiosk uses. */
@Command(name = "readers", mixinStandardHelpOptions = true,
        description = "List the PC/SC card readers, whether each holds a card, and the one sscard.reader picks.")
final class DoctorReadersCommand implements Callable<Integer> {
    private static final int NAME_CELLS = 52;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Mixin
    DeviceConfigOptions configOptions;

    private final Wiring wiring;

    DoctorReadersCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws InvalidConfigException, InterruptedException, IOException {
        DevicesConfig.SocialSecurityCardSetup setup = configOptions.load().socialSecurityCard();
        List<ReaderStatus> readers;
        try (ConfiguredDevices devices = wiring.devices()) {
            SocialSecurityCardReader reader = devices.socialSecurityCardReader(setup);
            DeviceCalls.await(reader.open());
            readers = DeviceCalls.await(reader.readers());
        }
        boolean oneChosen = readers.stream().anyMatch(ReaderStatus::chosen);
        if (json) {
            wiring.out().println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(readers));
            return oneChosen ? ExitCodes.OK : ExitCodes.DEVICE;
        }
        if (readers.isEmpty()) {
            throw new UserError("没有读卡器 pcscd runs but sees no card reader"
                    + "\n  请检查 check: the reader's USB cable; for a USB (CCID) reader the Debian package libccid;"
                    + " pcsc_scan lists what pcscd sees", ExitCodes.DEVICE);
        }
        wiring.out().println(TerminalText.pad("读卡器 Reader", NAME_CELLS) + "卡 Card");
        for (ReaderStatus status : readers) {
            wiring.out().println(TerminalText.pad(status.name() + (status.chosen() ? " *" : ""), NAME_CELLS)
                    + (status.cardPresent() ? "有 inserted" : "无 empty"));
        }
        String configured = setup.settings().readerName();
        if (!oneChosen) {
            throw new UserError("sscard.reader \"" + configured + "\" matches none of these readers"
                    + "\n  请检查 check: set sscard.reader in kiosk-config/devices.properties to (the start of) a name"
                    + " above", ExitCodes.DEVICE);
        }
        wiring.out().println("* 已选用 used by the kiosk (sscard.reader="
                + (configured.isEmpty() ? "empty: the first reader" : configured) + ")");
        return ExitCodes.OK;
    }
}
