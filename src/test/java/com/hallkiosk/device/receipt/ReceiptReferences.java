package com.hallkiosk.device.receipt;

import com.hallkiosk.device.receipt.emulator.PrintedReceipt;
import com.hallkiosk.device.receipt.emulator.VirtualReceiptPrinter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the golden byte files and the reference pictures again, from {@link SampleReceipts}, after a
 * deliberate change to the encoder or the emulator's drawing. Run from the project's root:
 * {@code mvn -q test-compile exec:java}-free: {@code java -cp target/classes:target/test-classes:$(cat cp.txt)
 * com.hallkiosk.device.receipt.ReceiptReferences}. Look at the pictures before committing them.
 */
public final class ReceiptReferences {
    static final Path GOLDEN = Path.of("src/test/resources/receipt/golden");
    static final Path RENDER = Path.of("src/test/resources/receipt/render");
    private static final int HEX_PER_LINE = 32;

    private ReceiptReferences() {
    }

    public static void main(String[] args) throws IOException {
        for (SampleReceipts.Sample sample : SampleReceipts.golden()) {
            Path file = GOLDEN.resolve(sample.name() + ".hex");
            Files.writeString(file, hex(SampleReceipts.encoder(sample.model()).encode(sample.receipt()).bytes()),
                    StandardCharsets.US_ASCII);
            System.out.println("wrote " + file);
        }
        for (SampleReceipts.Sample sample : SampleReceipts.rendered()) {
            Path file = RENDER.resolve(sample.name() + ".png");
            Files.write(file, printed(sample).png());
            System.out.println("wrote " + file);
        }
    }

    /** What the emulated printer prints from the sample's bytes, fed to it directly. */
    public static PrintedReceipt printed(SampleReceipts.Sample sample) {
        VirtualReceiptPrinter printer = new VirtualReceiptPrinter(sample.model(), SampleReceipts.fontSupplier());
        byte[] bytes = SampleReceipts.encoder(sample.model()).encode(sample.receipt()).bytes();
        printer.receive(bytes, bytes.length);
        List<PrintedReceipt> printed = printer.printed();
        if (printed.size() != 1 || !printed.get(0).cut()) {
            throw new IllegalStateException(sample.name() + " did not come out as one cut receipt: " + printed.size());
        }
        return printed.get(0);
    }

    /** Upper-case hex, {@value #HEX_PER_LINE} bytes a line. */
    static String hex(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < bytes.length; i++) {
            text.append(String.format("%02X", bytes[i] & 0xFF)).append((i + 1) % HEX_PER_LINE == 0 ? "\n" : " ");
        }
        return text.toString().stripTrailing() + "\n";
    }

    static byte[] unhex(String text) {
        String[] parts = text.trim().split("\\s+");
        byte[] bytes = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            bytes[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return bytes;
    }
}
