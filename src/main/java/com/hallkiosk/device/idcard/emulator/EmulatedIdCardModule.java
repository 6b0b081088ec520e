package com.hallkiosk.device.idcard.emulator;

import com.hallkiosk.device.idcard.IdCard;
import com.hallkiosk.device.idcard.emulator.SamModuleEmulator.Fault;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * An ID card module on a serial port, in software: a socat pty pair, the emulator answering at the
 * far end at its baud, and the near end for the driver ({@link #hostPort()}). Cards are placed and
 * removed, faults injected, and the cable pulled and plugged back in.
 */
public final class EmulatedIdCardModule implements AutoCloseable {
    /** The SAM number the emulated module reports. */
    public static final String SAM_ID = "05.01-20101111-000123456-001234567";

    private final SocatPtyPair pair;
    private final SamModuleEmulator module;
    private final SamModuleOnPort runner;

    /** The directory this module made for its pty links and removes when closed, or null when given one. */
    private final Path ownDirectory;

    private EmulatedIdCardModule(SocatPtyPair pair, SamModuleEmulator module, SamModuleOnPort runner, Path ownDirectory) {
        this.pair = pair;
        this.module = module;
        this.runner = runner;
        this.ownDirectory = ownDirectory;
    }

    /**
     * Starts socat with its ends in {@code directory} and the emulator on the module's end.
     *
     * @param seed for the emulator's noise, so that a failing run can be repeated
     */
    public static EmulatedIdCardModule start(Path socat, Path directory, int baud, long seed) throws IOException {
        return start(socat, directory, baud, seed, null);
    }

    /** As {@link #start}, in a temporary directory of its own that {@link #close()} removes. */
    public static EmulatedIdCardModule startInTemporaryDirectory(Path socat, int baud, long seed) throws IOException {
        Path directory = Files.createTempDirectory("hall-kiosk-idcard-");
        try {
            return start(socat, directory, baud, seed, directory);
        } catch (IOException | RuntimeException e) {
            deleteDirectory(directory);
            throw e;
        }
    }

    private static EmulatedIdCardModule start(Path socat, Path directory, int baud, long seed, Path ownDirectory)
            throws IOException {
        SocatPtyPair pair = new SocatPtyPair(socat, directory);
        pair.start();
        SamModuleEmulator module = new SamModuleEmulator(SAM_ID, seed);
        return new EmulatedIdCardModule(pair, module, SamModuleOnPort.start(module, pair.moduleEnd().toString(), baud),
                ownDirectory);
    }

    /** The port the driver opens. */
    public String hostPort() {
        return pair.hostEnd().toString();
    }

    public void place(IdCard card) {
        module.place(card);
    }

    public void remove() {
        module.remove();
    }

    public void inject(Fault fault, int answers) {
        module.inject(fault, answers);
    }

    /** Pulls the cable: socat stops, both ends vanish, the driver's reads return -1. */
    public void unplug() {
        pair.stop();
    }

    /** Plugs it back in: the same port names, the emulator opens its end again. */
    public void plugIn() throws IOException {
        pair.start();
    }

    @Override
    public void close() {
        runner.close();
        pair.close();
        if (ownDirectory != null) {
            deleteDirectory(ownDirectory);
        }
    }

    /** The pty links are gone with socat; what is left is socat's log. */
    private static void deleteDirectory(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the emulator's directory " + directory, e);
        }
    }
}
