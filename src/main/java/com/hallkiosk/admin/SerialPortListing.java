package com.hallkiosk.admin;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The serial ports a technician can choose from: stable names under /dev/serial/by-id first (they
 * survive replugging, unlike ttyUSB numbers), then the system's ports, and the configured port too,
 * marked missing when it is not there.
 */
public final class SerialPortListing {
    private final Path byIdDirectory;

    public SerialPortListing(Path byIdDirectory) {
        this.byIdDirectory = byIdDirectory;
    }

    /** One port: the name to configure, the device it is now, a description, and whether it exists. */
    public record Port(String name, String device, String description, boolean stable, boolean present,
                       boolean configured) {
    }

    public List<Port> list(Optional<String> configured) throws IOException {
        List<Port> ports = new ArrayList<>();
        Set<String> devices = new LinkedHashSet<>();
        if (Files.isDirectory(byIdDirectory)) {
            try (Stream<Path> links = Files.list(byIdDirectory)) {
                for (Path link : links.sorted().toList()) {
                    String device = link.toRealPath().toString();
                    devices.add(device);
                    ports.add(new Port(link.toString(), device, "stable name", true, true,
                            configured.filter(link.toString()::equals).isPresent()));
                }
            }
        }
        for (SerialPort port : SerialPort.getCommPorts()) {
            String path = port.getSystemPortPath();
            if (devices.add(path)) {
                ports.add(new Port(path, path, port.getPortDescription(), false, true,
                        configured.filter(path::equals).isPresent()));
            }
        }
        configured.filter(name -> ports.stream().noneMatch(Port::configured)).ifPresent(name -> ports.add(
                new Port(name, Files.exists(Path.of(name)) ? name : "—", Files.exists(Path.of(name))
                        ? "configured (not listed by the system, e.g. a pty)" : "configured, missing",
                        name.startsWith(byIdDirectory.toString()), Files.exists(Path.of(name)), true)));
        return ports;
    }
}
