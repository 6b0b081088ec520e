package com.hallkiosk.app;

import com.hallkiosk.config.DeviceProfile;
import com.hallkiosk.config.InvalidConfigException;
import com.hallkiosk.device.DeviceException;
import com.hallkiosk.device.idcard.IdCardReaderSettings;
import com.hallkiosk.device.idcard.IdCardReader;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code doctor probe}: is there a GA/T 467 module on this port, and at which baud? */
@Command(name = "probe", mixinStandardHelpOptions = true,
        description = "Look for a GA/T 467 ID card module on a serial port at each baud its model supports.")
final class DoctorProbeCommand implements Callable<Integer> {
    /** A module answers a status request at once; a wrong baud gives nothing but noise or silence. */
    private static final Duration ANSWER = Duration.ofMillis(600);

    @Option(names = "--port", required = true, paramLabel = "PATH", description = "The serial port, e.g. /dev/serial/by-id/...")
    String port;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Mixin
    DeviceConfigOptions configOptions;

    private final Wiring wiring;

    DoctorProbeCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws InvalidConfigException, InterruptedException, java.io.IOException {
        DeviceProfile profile = configOptions.load().idCard().profile();
        StringBuilder tried = new StringBuilder();
        for (int baud : profile.supportedBauds()) {
            IdCardReaderSettings defaults = IdCardReaderSettings.defaults(port);
            IdCardReaderSettings settings = new IdCardReaderSettings(port, baud, ANSWER, 1, ANSWER.multipliedBy(4),
                    defaults.firstReconnectDelay(), defaults.maxReconnectDelay(), defaults.foreignCardLayout());
            try (ConfiguredDevices devices = wiring.devices()) {
                IdCardReader reader = devices.idCardReader(settings);
                DeviceCalls.outcome(reader.open());
                DeviceCalls.outcome(reader.enable());
                String samId = DeviceCalls.outcome(reader.samId());
                new DoctorReport()
                        .add("port", "端口 Port", port)
                        .add("baud", "波特率 Baud", baud)
                        .add("protocol", "协议 Protocol", "GA/T 467 (" + profile.name() + ")")
                        .add("samStatus", "SAM 状态 SAM status", "正常 OK")
                        .add("samId", "SAM 编号 SAM id", samId)
                        .print(wiring.out(), json);
                return ExitCodes.OK;
            } catch (DeviceException.Offline missing) {
                throw DeviceCalls.failure(missing);
            } catch (DeviceException wrongBaud) {
                // Silence or noise at this rate: a module set to another baud, or no module at all.
                tried.append(tried.length() == 0 ? "" : ", ").append(baud);
            }
        }
        throw new UserError("no GA/T 467 module answered on " + port + " at " + tried + " baud"
                + "\n  请检查 check: the cable and the module's power; that this is the ID card reader's port"
                + " (doctor ports); that the kiosk's user may open it (group dialout)", ExitCodes.DEVICE);
    }
}
