package com.hallkiosk.device.receipt;

import java.time.Duration;
import java.util.function.Consumer;

/** Tells a listener the bytes each answered exchange moved and how long it took. */
public final class MeteredPrinterLink implements PrinterLink {
    /** One exchange: bytes written, bytes read, and the time from the first written to the last read. */
    public record Exchange(int bytesOut, int bytesIn, Duration elapsed) {
    }

    private final PrinterLink next;
    private final Consumer<Exchange> listener;

    public MeteredPrinterLink(PrinterLink next, Consumer<Exchange> listener) {
        this.next = next;
        this.listener = listener;
    }

    @Override
    public byte[] exchange(byte[] bytes, int answerLength, Duration timeout) {
        long start = System.nanoTime();
        byte[] answer = next.exchange(bytes, answerLength, timeout);
        listener.accept(new Exchange(bytes.length, answer.length, Duration.ofNanos(System.nanoTime() - start)));
        return answer;
    }
}
