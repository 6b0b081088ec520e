package com.hallkiosk.fonts;

import com.hallkiosk.config.UserCache;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The font file shipped in the jar (Noto Sans SC Regular, SIL OFL 1.1), and its copy in the user's
 * cache. Reading 10 MB out of the jar means inflating it, ~80 ms on a kiosk's CPU; the plain copy reads
 * in ~15 ms. The screens ({@link KioskFonts}) and the certificates' PDF font both start from it.
 */
public final class ShippedFontFile {
    private static final String RESOURCE = "/fonts/NotoSansSC-Regular.ttf";
    private static final String FILE_NAME = "NotoSansSC-Regular.ttf";
    /** The shipped file's size, to tell a complete cached copy from a stale or partial one. */
    private static final long SIZE = 10_559_284L;

    private ShippedFontFile() {
    }

    /** The copy in {@code cacheDirectory}, made (atomically, so never seen half written) when missing or damaged. */
    public static Path cachedCopy(Path cacheDirectory) throws IOException {
        Path cached = cacheDirectory.resolve(FILE_NAME);
        if (!Files.isRegularFile(cached) || Files.size(cached) != SIZE) {
            Files.createDirectories(cacheDirectory);
            Path partial = Files.createTempFile(cacheDirectory, "font", ".part");
            try (InputStream in = open()) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(partial, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        return cached;
    }

    /** The font's bytes: from this user's cached copy, or from the jar when the cache cannot be written. */
    public static byte[] bytes() {
        try {
            return Files.readAllBytes(cachedCopy(userCacheDirectory()));
        } catch (IOException unwritableCache) {
            try (InputStream in = open()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
        }
    }

    /** {@code $XDG_CACHE_HOME/hall-kiosk/fonts}, or {@code ~/.cache/hall-kiosk/fonts} (XDG Base Directory). */
    static Path userCacheDirectory(String xdgCacheHome, String userHome) {
        return UserCache.directory(xdgCacheHome, userHome).resolve("fonts");
    }

    static Path userCacheDirectory() {
        return UserCache.directory().resolve("fonts");
    }

    static InputStream open() {
        InputStream in = ShippedFontFile.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the jar");
        }
        return in;
    }
}
