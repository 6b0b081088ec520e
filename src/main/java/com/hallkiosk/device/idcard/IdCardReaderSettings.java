package com.hallkiosk.device.idcard;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * How to reach the ID card module and how long to wait for it; the composition root fills it from
 * the kiosk's configuration.
 *
 * @param portPath            the serial port, e.g. /dev/ttyUSB0 or a /dev/serial/by-id link
 * @param baud                one of the rates GA/T 467 modules offer (§1.2); 115200 by default
 * @param answerTimeout       the module's own time to answer one command, before the answer's bytes
 *                            (which take their line time on top, see {@link #exchangeTimeout})
 * @param attempts            how many times a garbled or unanswered request is sent
 * @param operationTimeout    the deadline of a whole operation (find, select, read with their retries)
 * @param firstReconnectDelay the wait before reconnecting after the module went away; doubles per failure
 * @param maxReconnectDelay   the longest such wait
 * @param foreignCardLayout   where the foreign permanent resident card keeps its fields (UNVERIFIED, §1.13)
 */
public record IdCardReaderSettings(String portPath, int baud, Duration answerTimeout, int attempts,
                                   Duration operationTimeout, Duration firstReconnectDelay, Duration maxReconnectDelay,
                                   ForeignCardLayout foreignCardLayout) {
    public static final int DEFAULT_BAUD = 115200;
    private static final Set<Integer> BAUD_RATES = Set.of(9600, 19200, 38400, 57600, 115200);
    /** 8N1: a start bit, eight data bits, a stop bit. */
    private static final int BITS_PER_BYTE = 10;

    public IdCardReaderSettings {
        Objects.requireNonNull(portPath, "portPath");
        Objects.requireNonNull(foreignCardLayout, "foreignCardLayout");
        if (!BAUD_RATES.contains(baud)) {
            throw new IllegalArgumentException("GA/T 467 modules run at 9600, 19200, 38400, 57600 or 115200 baud, not " + baud);
        }
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1: " + attempts);
        }
        for (Duration d : new Duration[] {answerTimeout, operationTimeout, firstReconnectDelay, maxReconnectDelay}) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("timeouts and delays must be positive: " + d);
            }
        }
    }

    /**
     * The defaults: 115200 baud; 2 s for the module to answer (a card read is said to take 0.5–1 s on
     * typical modules, unsourced, protocols §5); three attempts; 10 s per operation; reconnecting after
     * 0.5 s, doubling up to 30 s.
     */
    public static IdCardReaderSettings defaults(String portPath) {
        return new IdCardReaderSettings(portPath, DEFAULT_BAUD, Duration.ofSeconds(2), 3, Duration.ofSeconds(10),
                Duration.ofMillis(500), Duration.ofSeconds(30), ForeignCardLayout.VENDOR_SDK_ORDER);
    }

    /** How long one exchange of {@code command} may take: the module's time, plus its request and longest answer on the line. */
    public Duration exchangeTimeout(SamCommand command) {
        return answerTimeout.plus(lineTime(command.request().length + command.longestAnswer(), baud));
    }

    /** The time {@code bytes} take on a line at {@code baud}, 8N1. */
    public static Duration lineTime(long bytes, int baud) {
        return Duration.ofNanos(bytes * BITS_PER_BYTE * 1_000_000_000L / baud);
    }
}
