package com.hallkiosk.sync.signing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The catalog signing keys as PEM files: the central's private key as PKCS#8 ("PRIVATE KEY"), the
 * kiosk's public key as X.509 SubjectPublicKeyInfo ("PUBLIC KEY"). Lines outside the PEM block are
 * ignored, so a key file may carry comments.
 */
public final class SigningKeyFiles {
    private static final String PRIVATE_LABEL = "PRIVATE KEY";
    private static final String PUBLIC_LABEL = "PUBLIC KEY";

    private SigningKeyFiles() {
    }

    /** A new random key pair, for a central server of its own. */
    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 15+ runtime", e);
        }
    }

    public static PublicKey readPublic(Path file) throws IOException {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(pem(file, PUBLIC_LABEL)));
        } catch (GeneralSecurityException e) {
            throw new IOException(file + " does not hold an Ed25519 public key: " + e.getMessage(), e);
        }
    }

    public static PrivateKey readPrivate(Path file) throws IOException {
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pem(file, PRIVATE_LABEL)));
        } catch (GeneralSecurityException e) {
            throw new IOException(file + " does not hold an Ed25519 private key: " + e.getMessage(), e);
        }
    }

    /** Writes the private key readable by its owner only (where the file system has POSIX permissions). */
    public static void writePrivate(PrivateKey key, Path file) throws IOException {
        write(file, List.of(), PRIVATE_LABEL, key.getEncoded(), true);
    }

    public static void writePublic(PublicKey key, Path file, List<String> comments) throws IOException {
        write(file, comments, PUBLIC_LABEL, key.getEncoded(), false);
    }

    private static void write(Path file, List<String> comments, String label, byte[] der, boolean secret)
            throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path partial = Files.createTempFile(parent, file.getFileName().toString(), ".part");
        if (secret && FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
        }
        List<String> lines = new ArrayList<>();
        comments.forEach(comment -> lines.add("# " + comment));
        lines.add("-----BEGIN " + label + "-----");
        lines.add(Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der));
        lines.add("-----END " + label + "-----");
        Files.write(partial, lines, StandardCharsets.US_ASCII);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static byte[] pem(Path file, String label) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        int begin = lines.indexOf("-----BEGIN " + label + "-----");
        int end = lines.indexOf("-----END " + label + "-----");
        if (begin < 0 || end < begin) {
            throw new IOException(file + " has no PEM block \"" + label + "\"");
        }
        try {
            return Base64.getMimeDecoder().decode(String.join("", lines.subList(begin + 1, end)));
        } catch (IllegalArgumentException e) {
            throw new IOException(file + ": the " + label + " is not base64", e);
        }
    }
}
