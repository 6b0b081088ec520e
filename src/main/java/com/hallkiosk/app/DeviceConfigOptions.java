package com.hallkiosk.app;

import com.hallkiosk.config.DevicesConfig;
import com.hallkiosk.config.DevicesConfigLoader;
import com.hallkiosk.config.InvalidConfigException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where a device command finds {@code devices.properties} and the model profiles. */
final class DeviceConfigOptions {
    @Option(names = "--config", paramLabel = "DIR", defaultValue = "kiosk-config",
            description = "The kiosk-config folder (default: ${DEFAULT-VALUE}).")
    Path configDirectory;

    @Option(names = "--drivers", paramLabel = "DIR", defaultValue = "drivers",
            description = "The drivers folder (default: ${DEFAULT-VALUE}).")
    Path driversDirectory;

    DevicesConfig load() throws InvalidConfigException {
        return new DevicesConfigLoader().load(configDirectory, driversDirectory);
    }
}
