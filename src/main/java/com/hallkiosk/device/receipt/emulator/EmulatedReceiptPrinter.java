package com.hallkiosk.device.receipt.emulator;

import com.hallkiosk.device.DeviceException;
import com.hallkiosk.device.DeviceHealth;
import com.hallkiosk.device.receipt.EscPosReceiptPrinter;
import com.hallkiosk.device.receipt.PrintOutcome;
import com.hallkiosk.device.receipt.PrinterModel;
import com.hallkiosk.device.receipt.Receipt;
import com.hallkiosk.device.receipt.ReceiptPrinter;
import com.hallkiosk.device.receipt.ReceiptPrinterSettings;
import com.hallkiosk.device.receipt.RowRasteriser;
import java.awt.Font;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * A receipt printer whose paper is shown on screen, for the demo and the checklist preview: the ESC/POS
 * driver, printing onto the emulated printer over its in-memory line at 115200 baud (no socat needed);
 * each receipt the printer cuts off is handed out as a PNG of the paper before the job is reported done.
 */
public final class EmulatedReceiptPrinter implements ReceiptPrinter {
    /** The shipped {@code drivers/receipt/generic-80mm.properties}: 576 dots, 48 columns, the GBK set. */
    public static final PrinterModel GENERIC_80MM = new PrinterModel("generic-80mm", 576, 48,
            PrinterModel.Characters.GBK, true, PrinterModel.Cut.FEED_PARTIAL, 100, PrinterModel.FlowControl.NONE);
    private static final long START_SECONDS = 5;

    private final ReceiptPrinterEmulator emulator;
    private final EscPosReceiptPrinter driver;

    private EmulatedReceiptPrinter(ReceiptPrinterEmulator emulator, EscPosReceiptPrinter driver) {
        this.emulator = emulator;
        this.driver = driver;
    }

    /**
     * Starts the emulated printer and opens the driver on it; {@code paperOut} receives each receipt as
     * a PNG, on the emulator's thread.
     */
    public static EmulatedReceiptPrinter start(PrinterModel model, Font font, Clock clock, Consumer<byte[]> paperOut) {
        ReceiptPrinterEmulator emulator = ReceiptPrinterEmulator.inMemory(model, ReceiptPrinterSettings.DEFAULT_BAUD,
                () -> font);
        emulator.printer().onPrinted(piece -> {
            if (piece.cut()) {
                paperOut.accept(piece.png());
            }
        });
        EscPosReceiptPrinter driver = new EscPosReceiptPrinter(ReceiptPrinterSettings.defaults(emulator.hostPort(), model),
                emulator.connector(), new RowRasteriser(() -> font), clock);
        EmulatedReceiptPrinter printer = new EmulatedReceiptPrinter(emulator, driver);
        try {
            driver.open().thenCompose(opened -> driver.enable()).get(START_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            printer.close();
            throw new DeviceException("receipt: the emulated printer did not start: " + e.getMessage(), null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            printer.close();
            throw new DeviceException("receipt: interrupted while starting the emulated printer", null, e);
        }
        return printer;
    }

    /** The emulated printer, to script its state (no paper, cover open) or look at what it printed. */
    public VirtualReceiptPrinter printer() {
        return emulator.printer();
    }

    @Override
    public CompletableFuture<PrintOutcome> print(Receipt receipt) {
        return driver.print(receipt);
    }

    @Override
    public DeviceHealth health() {
        return driver.health();
    }

    @Override
    public String name() {
        return driver.name();
    }

    @Override
    public CompletableFuture<Void> open() {
        return driver.open();
    }

    @Override
    public CompletableFuture<Void> enable() {
        return driver.enable();
    }

    @Override
    public void onHealthChange(Consumer<DeviceHealth> listener) {
        driver.onHealthChange(listener);
    }

    @Override
    public void close() {
        driver.close();
        emulator.close();
    }
}
