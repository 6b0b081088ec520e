package com.hallkiosk.device.receipt.emulator;

import com.hallkiosk.device.idcard.emulator.SocatPtyPair;
import com.hallkiosk.device.receipt.PrinterConnector;
import com.hallkiosk.device.receipt.PrinterModel;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * A receipt printer in software on a serial line: the {@link VirtualReceiptPrinter} at the far end of
 * a socat pty pair, or of an in-memory line where socat is missing, paced at the baud rate. The driver
 * connects through {@link #connector()} with the same code as to a real printer; the printer's state
 * is scripted through {@link #printer()}, and the cable can be pulled and plugged back in.
 */
public final class ReceiptPrinterEmulator implements AutoCloseable {
    private final VirtualReceiptPrinter printer;
    private final EmulatorLine line;
    private final VirtualPrinterRunner runner;

    private ReceiptPrinterEmulator(VirtualReceiptPrinter printer, EmulatorLine line, int baud) {
        this.printer = printer;
        this.line = line;
        this.runner = VirtualPrinterRunner.start(printer, line, baud);
    }

    /** Starts socat with its ends in {@code directory} and the printer on the far end. */
    public static ReceiptPrinterEmulator onPty(Path socat, Path directory, PrinterModel model, int baud,
                                               Supplier<Font> font) throws IOException {
        SocatPtyPair pair = new SocatPtyPair(socat, directory);
        pair.start();
        return new ReceiptPrinterEmulator(new VirtualReceiptPrinter(model, font),
                new PtyLine(pair, baud, model.flowControl()), baud);
    }

    /** The printer on an in-memory line, paced at {@code baud} as on a pty. */
    public static ReceiptPrinterEmulator inMemory(PrinterModel model, int baud, Supplier<Font> font) {
        return new ReceiptPrinterEmulator(new VirtualReceiptPrinter(model, font), new InMemoryLine(), baud);
    }

    public VirtualReceiptPrinter printer() {
        return printer;
    }

    /** The port the driver opens (the pty's path), or the in-memory line's name. */
    public String hostPort() {
        return line.hostPort();
    }

    public PrinterConnector connector() {
        return line.connector();
    }

    /** Pulls the cable: the driver's port fails as an unplugged one does. */
    public void unplug() {
        line.unplug();
    }

    /** Plugs it back in: the same port name, the printer opens its end again. */
    public void plugIn() throws IOException {
        line.plugIn();
    }

    @Override
    public void close() {
        runner.close();
        line.close();
    }
}
