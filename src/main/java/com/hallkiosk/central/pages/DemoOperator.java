package com.hallkiosk.central.pages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The demo's operator: {@value #NAME}, with a random password made on first run and kept in
 * {@code operator-password} beside the demo's keys (readable by its owner only), so that whoever started the
 * demo can sign in to the fleet page and nobody else can guess how.
 */
public final class DemoOperator {
    public static final String NAME = "operator";
    public static final String PASSWORD_FILE = "operator-password";

    private DemoOperator() {
    }

    /** Makes sure the demo operator exists; returns the file its password is in. */
    public static Path ensure(OperatorAccounts accounts, Path directory) {
        Path file = directory.resolve(PASSWORD_FILE);
        try {
            if (!Files.exists(file)) {
                byte[] secret = new byte[12];
                new SecureRandom().nextBytes(secret);
                // Owner-only from its creation where the file system has POSIX permissions; elsewhere (Windows)
                // the folder's own permissions apply.
                Path partial = directory.getFileSystem().supportedFileAttributeViews().contains("posix")
                        ? Files.createTempFile(directory, ".operator-", ".tmp",
                                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                        : Files.createTempFile(directory, ".operator-", ".tmp");
                try {
                    Files.writeString(partial, Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
                    Files.move(partial, file);
                } catch (java.nio.file.FileAlreadyExistsException anotherCentralWasFirst) {
                    // Its password stands.
                } finally {
                    Files.deleteIfExists(partial);
                }
            }
            accounts.addIfMissing(NAME, Files.readString(file, StandardCharsets.US_ASCII).trim().toCharArray());
            return file;
        } catch (IOException e) {
            throw new IllegalStateException("cannot make the demo operator's password in " + directory, e);
        }
    }
}
