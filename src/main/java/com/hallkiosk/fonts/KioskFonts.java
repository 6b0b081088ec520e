package com.hallkiosk.fonts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The Chinese font shipped in the jar (Noto Sans SC, SIL OFL 1.1), registered with Java so that the
 * kiosk shows Chinese on a machine that has no CJK font installed.
 */
public final class KioskFonts {
    private final Font base;

    private KioskFonts(Font base) {
        this.base = base;
    }

    /** Loads the font from its copy in {@code cacheDirectory} ({@link ShippedFontFile#cachedCopy}). */
    public static KioskFonts load(Path cacheDirectory) {
        Path cached = null;
        try {
            cached = ShippedFontFile.cachedCopy(cacheDirectory);
            return register(Font.createFont(Font.TRUETYPE_FONT, cached.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot cache the font in " + cacheDirectory, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(cached + " is not a usable TrueType font", e);
        }
    }

    /**
     * The font from this user's cache, where it does not depend on any argument, so that loading can
     * start before the command line is read; from the jar when the cache cannot be written.
     */
    public static KioskFonts loadCached() {
        try {
            return load(ShippedFontFile.userCacheDirectory());
        } catch (UncheckedIOException unwritable) {
            return load();
        }
    }

    public static KioskFonts load() {
        try (InputStream in = ShippedFontFile.open()) {
            return register(Font.createFont(Font.TRUETYPE_FONT, in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped font", e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the shipped font is not a usable TrueType font", e);
        }
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
