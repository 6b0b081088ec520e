package com.hallkiosk.device.idcard.emulator;

import com.hallkiosk.device.idcard.IdCard;
import com.hallkiosk.device.idcard.emulator.SamModuleEmulator.Fault;
import java.io.IOException;
import java.nio.file.Path;

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

    private EmulatedIdCardModule(SocatPtyPair pair, SamModuleEmulator module, SamModuleOnPort runner) {
        this.pair = pair;
        this.module = module;
        this.runner = runner;
    }

    /**
     * Starts socat with its ends in {@code directory} and the emulator on the module's end.
     *
     * @param seed for the emulator's noise, so that a failing run can be repeated
     */
    public static EmulatedIdCardModule start(Path socat, Path directory, int baud, long seed) throws IOException {
        SocatPtyPair pair = new SocatPtyPair(socat, directory);
        pair.start();
        SamModuleEmulator module = new SamModuleEmulator(SAM_ID, seed);
        return new EmulatedIdCardModule(pair, module, SamModuleOnPort.start(module, pair.moduleEnd().toString(), baud));
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
    }
}
