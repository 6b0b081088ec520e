package com.hallkiosk.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.hallkiosk.admin.SerialPortListing;
import com.hallkiosk.config.DevicesConfig;
import com.hallkiosk.config.InvalidConfigException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code doctor ports}: the serial ports, stable names first, and the configured one. */
@Command(name = "ports", mixinStandardHelpOptions = true,
        description = "List the serial ports: stable /dev/serial/by-id names first, then the system's, and the configured one.")
final class DoctorPortsCommand implements Callable<Integer> {
    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Mixin
    DeviceConfigOptions configOptions;

    private final Wiring wiring;

    DoctorPortsCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws IOException {
        Optional<String> configured = configuredPort();
        List<SerialPortListing.Port> ports = new SerialPortListing(Path.of("/dev/serial/by-id")).list(configured);
        if (json) {
            wiring.out().println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(ports));
            return ExitCodes.OK;
        }
        if (ports.isEmpty()) {
            wiring.out().println("没有串口 No serial ports: check the cable and the USB-serial adapter (dmesg).");
            return ExitCodes.BAD_DATA;
        }
        wiring.out().println(TerminalText.pad("端口 Port", 52) + TerminalText.pad("设备 Device", 18) + "说明 Description");
        for (SerialPortListing.Port port : ports) {
            wiring.out().println(TerminalText.pad(port.name() + (port.configured() ? " *" : ""), 52)
                    + TerminalText.pad(port.device(), 18) + port.description());
        }
        configured.ifPresent(name -> wiring.out().println("* 已配置 configured in kiosk-config/devices.properties"));
        return ports.stream().anyMatch(port -> port.configured() && !port.present()) ? ExitCodes.BAD_DATA : ExitCodes.OK;
    }

    private Optional<String> configuredPort() {
        try {
            DevicesConfig devices = configOptions.load();
            return devices.idCard().driver() == DevicesConfig.Driver.REAL ? Optional.of(devices.idCard().port())
                    : Optional.empty();
        } catch (InvalidConfigException e) {
            wiring.err().println("(configuration not used: " + e.getMessage() + ")");
            return Optional.empty();
        }
    }
}
