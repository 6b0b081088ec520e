package com.hallkiosk.fonts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The Chinese font shipped in the jar (Noto Sans SC, SIL OFL 1.1), registered with Java so that the
 * kiosk shows Chinese on a machine that has no CJK font installed.
 */
public final class KioskFonts {
    private static final String RESOURCE = "/fonts/NotoSansSC-Regular.ttf";

    private final Font base;

    private KioskFonts(Font base) {
        this.base = base;
    }

    public static KioskFonts load() {
        try (InputStream in = KioskFonts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            Font font = Font.createFont(Font.TRUETYPE_FONT, in);
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
            return new KioskFonts(font);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException(RESOURCE + " is not a usable TrueType font", e);
        }
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
