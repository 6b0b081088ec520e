package com.hallkiosk.items;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.random.RandomGenerator;

/**
 * The transaction number (交易流水号) on a receipt and in the journal: {@code ZZ-20260615-100512-7K4Q}, the
 * kiosk's time to the second and four random characters, so two kiosks in the same second differ. It fits
 * the journal's reference rule (no group of more than 8 digits), and omits 0/O and 1/I, which people misread.
 */
public final class TransactionNumbers {
    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final int RANDOM_CHARACTERS = 4;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");

    private final Clock clock;
    private final RandomGenerator random;

    public TransactionNumbers(Clock clock, RandomGenerator random) {
        this.clock = clock;
        this.random = random;
    }

    public String next() {
        StringBuilder number = new StringBuilder("ZZ-").append(ZonedDateTime.now(clock).format(STAMP)).append('-');
        for (int i = 0; i < RANDOM_CHARACTERS; i++) {
            number.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return number.toString();
    }
}
