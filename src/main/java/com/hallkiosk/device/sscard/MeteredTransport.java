package com.hallkiosk.device.sscard;

import java.time.Duration;

/**
 * Counts the APDUs that pass and adds up the time the card took for them: the figures behind "read
 * nothing twice" and the benchmark. One instance meters one card session, on one thread.
 */
public final class MeteredTransport implements CardTransport {
    private final CardTransport card;
    private int apdus;
    private long nanos;

    public MeteredTransport(CardTransport card) {
        this.card = card;
    }

    @Override
    public byte[] transmit(byte[] command) {
        long start = System.nanoTime();
        try {
            return card.transmit(command);
        } finally {
            nanos += System.nanoTime() - start;
            apdus++;
        }
    }

    /** APDUs sent so far, failed ones included. */
    public int apduCount() {
        return apdus;
    }

    public Duration cardTime() {
        return Duration.ofNanos(nanos);
    }
}
