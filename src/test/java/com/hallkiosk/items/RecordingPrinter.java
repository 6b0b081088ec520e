package com.hallkiosk.items;

import com.hallkiosk.device.DeviceHealth;
import com.hallkiosk.device.receipt.PrintOutcome;
import com.hallkiosk.device.receipt.Receipt;
import com.hallkiosk.device.receipt.ReceiptPrinter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** The emulated printer, keeping each receipt document it was given so a test can read its text. */
final class RecordingPrinter implements ReceiptPrinter {
    private final ReceiptPrinter printer;
    final List<Receipt> given = new CopyOnWriteArrayList<>();

    RecordingPrinter(ReceiptPrinter printer) {
        this.printer = printer;
    }

    static String text(Receipt receipt) {
        StringBuilder text = new StringBuilder();
        for (Receipt.Line line : receipt.lines()) {
            if (line instanceof Receipt.Text t) {
                text.append(t.text()).append('\n');
            }
        }
        return text.toString();
    }

    @Override
    public CompletableFuture<PrintOutcome> print(Receipt receipt) {
        given.add(receipt);
        return printer.print(receipt);
    }

    @Override
    public String name() {
        return printer.name();
    }

    @Override
    public CompletableFuture<Void> open() {
        return printer.open();
    }

    @Override
    public CompletableFuture<Void> enable() {
        return printer.enable();
    }

    @Override
    public DeviceHealth health() {
        return printer.health();
    }

    @Override
    public void onHealthChange(Consumer<DeviceHealth> listener) {
        printer.onHealthChange(listener);
    }

    @Override
    public void close() {
        printer.close();
    }
}
