package com.hallkiosk.business.jdbc;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted PBKDF2 (HMAC-SHA256) hashes of card PINs, stored as {@code pbkdf2-sha256$iterations$salt$hash} so
 * the iteration count can grow without invalidating older hashes. A 6-digit PIN is only a million guesses,
 * so the hash protects a leaked database for hours, not forever: the try counter is the real guard.
 */
public final class PinHashes {
    /** Enough to make each guess cost milliseconds on the central, not so many that a PIN check is slow. */
    public static final int DEFAULT_ITERATIONS = 60_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final String PREFIX = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final SecureRandom random;
    private final int iterations;

    public PinHashes(SecureRandom random, int iterations) {
        this.random = random;
        this.iterations = iterations;
    }

    public String hash(char[] pin) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        return hash(pin, salt, iterations);
    }

    /** Whether {@code pin} is the PIN behind {@code stored}, compared in constant time. */
    public static boolean matches(char[] pin, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !PREFIX.equals(parts[0])) {
            throw new IllegalArgumentException("not a PIN hash this central knows");
        }
        int storedIterations = Integer.parseInt(parts[1]);
        byte[] salt = Base64.getDecoder().decode(parts[2]);
        byte[] expected = Base64.getDecoder().decode(parts[3]);
        return MessageDigest.isEqual(expected, derive(pin, salt, storedIterations));
    }

    static String hash(char[] pin, byte[] salt, int iterations) {
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + base64.encodeToString(salt) + "$"
                + base64.encodeToString(derive(pin, salt, iterations));
    }

    private static byte[] derive(char[] pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** A PIN a card may take: six digits, not one digit repeated, not a run up or down (123456, 654321). */
    static String whyRejected(char[] pin) {
        if (pin.length != 6) {
            return "a PIN has 6 digits";
        }
        for (char c : pin) {
            if (c < '0' || c > '9') {
                return "a PIN has digits only";
            }
        }
        boolean same = true;
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < pin.length; i++) {
            same &= pin[i] == pin[0];
            up &= pin[i] == pin[i - 1] + 1;
            down &= pin[i] == pin[i - 1] - 1;
        }
        return same || up || down ? "the PIN is too easy to guess" : null;
    }
}
