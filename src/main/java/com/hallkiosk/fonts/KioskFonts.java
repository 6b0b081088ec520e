package com.hallkiosk.fonts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The Chinese font shipped in the jar (Noto Sans SC, SIL OFL 1.1), registered with Java so that the
 * kiosk shows Chinese on a machine that has no CJK font installed.
 */
public final class KioskFonts {
    private static final String RESOURCE = "/fonts/NotoSansSC-Regular.ttf";
    /** The shipped file's size, to tell a complete cached copy from a stale or partial one. */
    private static final long SIZE = 10_559_284L;

    private final Font base;

    private KioskFonts(Font base) {
        this.base = base;
    }

    /**
     * Loads the font from a copy in {@code cacheDirectory}, made on first use: reading it from the jar
     * means copying 10 MB to a temporary file at every start, the kiosk's slowest step.
     */
    public static KioskFonts load(Path cacheDirectory) {
        Path cached = cacheDirectory.resolve("NotoSansSC-Regular.ttf");
        try {
            if (!Files.isRegularFile(cached) || Files.size(cached) != SIZE) {
                Files.createDirectories(cacheDirectory);
                Path partial = Files.createTempFile(cacheDirectory, "font", ".part");
                try (InputStream in = open()) {
                    Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                }
                Files.move(partial, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return register(Font.createFont(Font.TRUETYPE_FONT, cached.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot cache the font in " + cacheDirectory, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(cached + " is not a usable TrueType font", e);
        }
    }

    /**
     * The font from this user's cache ({@link #userCacheDirectory}), where it does not depend on any
     * argument, so that loading can start before the command line is read; from the jar when the
     * cache cannot be written.
     */
    public static KioskFonts loadCached() {
        try {
            return load(userCacheDirectory(System.getenv("XDG_CACHE_HOME"), System.getProperty("user.home")));
        } catch (UncheckedIOException unwritable) {
            return load();
        }
    }

    /** {@code $XDG_CACHE_HOME/hall-kiosk/fonts}, or {@code ~/.cache/hall-kiosk/fonts} (XDG Base Directory). */
    static Path userCacheDirectory(String xdgCacheHome, String userHome) {
        Path cache = xdgCacheHome != null && !xdgCacheHome.isBlank() && Path.of(xdgCacheHome).isAbsolute()
                ? Path.of(xdgCacheHome) : Path.of(userHome, ".cache");
        return cache.resolve("hall-kiosk").resolve("fonts");
    }

    public static KioskFonts load() {
        try (InputStream in = open()) {
            return register(Font.createFont(Font.TRUETYPE_FONT, in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(RESOURCE + " is not a usable TrueType font", e);
        }
    }

    private static InputStream open() {
        InputStream in = KioskFonts.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the jar");
        }
        return in;
    }

    private static KioskFonts register(Font font) {
        GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
        return new KioskFonts(font);
    }

    public String family() {
        return base.getFamily();
    }

    public Font sized(float size) {
        return base.deriveFont(size);
    }

    public Font bold(float size) {
        return base.deriveFont(Font.BOLD, size);
    }
}
