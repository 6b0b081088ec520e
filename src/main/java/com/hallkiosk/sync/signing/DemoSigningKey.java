package com.hallkiosk.sync.signing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.SecureRandomSpi;
import java.security.spec.NamedParameterSpec;
import java.util.Arrays;

/**
 * The demo's catalog signing pair, derived from a seed published here, so that the demo central's
 * private key (written on first run) and the public key shipped in {@code kiosk-config/catalog-signing.pub}
 * always agree without the demo writing into kiosk-config. Anyone can sign with it: a real kiosk
 * replaces that file with the public key of its central's own pair ({@link SigningKeyFiles#generate}),
 * and the composition root warns when a kiosk outside the demo trusts this key ({@link #isDemoKey}).
 */
public final class DemoSigningKey {
    private static final String SEED_TEXT = "hall-kiosk demo catalog signing key; public, never for production";

    private DemoSigningKey() {
    }

    public static KeyPair pair() {
        try {
            byte[] seed = MessageDigest.getInstance("SHA-256").digest(SEED_TEXT.getBytes(StandardCharsets.UTF_8));
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new FixedBytes(seed));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 15+ runtime", e);
        }
    }

    /** Writes the demo private key to {@code file} unless a key is there already; returns the file. */
    public static Path ensurePrivateKey(Path file) throws IOException {
        if (!Files.exists(file)) {
            SigningKeyFiles.writePrivate(pair().getPrivate(), file);
        }
        return file;
    }

    public static boolean isDemoKey(PublicKey key) {
        return Arrays.equals(key.getEncoded(), pair().getPublic().getEncoded());
    }

    /** A "random" source that gives the seed: Ed25519's private key is the 32 bytes the generator draws. */
    private static final class FixedBytes extends SecureRandom {
        FixedBytes(byte[] seed) {
            super(new FixedSpi(seed), null);
        }
    }

    private static final class FixedSpi extends SecureRandomSpi {
        private final byte[] seed;

        FixedSpi(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        protected void engineSetSeed(byte[] ignored) {
        }

        @Override
        protected void engineNextBytes(byte[] bytes) {
            if (bytes.length != seed.length) {
                throw new IllegalStateException("the Ed25519 generator asked for " + bytes.length + " bytes");
            }
            System.arraycopy(seed, 0, bytes, 0, bytes.length);
        }

        @Override
        protected byte[] engineGenerateSeed(int length) {
            return Arrays.copyOf(seed, length);
        }
    }
}
