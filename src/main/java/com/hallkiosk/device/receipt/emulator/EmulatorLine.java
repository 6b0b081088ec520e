package com.hallkiosk.device.receipt.emulator;

import com.hallkiosk.device.receipt.PrinterConnector;
import java.io.IOException;

/** The cable between the driver and the emulated printer: a socat pty pair, or in memory. */
interface EmulatorLine extends AutoCloseable {
    /** What the driver connects to, as messages name it: the pty's path, or {@link InMemoryLine#NAME}. */
    String hostPort();

    /** How the driver connects: the serial link on the pty, or the in-memory link. */
    PrinterConnector connector();

    /** The printer's end, opened; null while the line is unplugged. */
    PrinterSide printerSide();

    /** Pulls the cable: the driver's reads and writes fail as on an unplugged port. */
    void unplug();

    /** Plugs it back in, with the same port name. */
    void plugIn() throws IOException;

    @Override
    void close();
}
