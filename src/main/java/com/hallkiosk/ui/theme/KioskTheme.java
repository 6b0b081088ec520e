package com.hallkiosk.ui.theme;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Color;
import java.awt.Font;
import javax.swing.UIManager;

/**
 * The kiosk's look: FlatLaf with the properties files of this package layered on top, the everyday
 * theme over FlatLaf Light and 长辈模式 (larger, high contrast) over FlatLaf Dark. One switch
 * changes every size and colour, because screens read them from here, never from constants.
 */
public final class KioskTheme {
    private boolean elderMode;

    public KioskTheme() {
        FlatLaf.registerCustomDefaultsSource("com.hallkiosk.ui.theme");
    }

    /** Sets the look for the mode; on the event thread, before the components are (re)built. */
    public void apply(boolean elder) {
        elderMode = elder;
        if (elder) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
    }

    public boolean elderMode() {
        return elderMode;
    }

    public static int touchTarget() {
        return UIManager.getInt("Kiosk.touchTarget");
    }

    public static int gap() {
        return UIManager.getInt("Kiosk.gap");
    }

    public static float lineSpacing() {
        Object value = UIManager.get("Kiosk.lineSpacing");
        return value instanceof Number number ? number.floatValue() : 1.3f;
    }

    public static Font font(String key) {
        Font font = UIManager.getFont(key);
        return font != null ? font : UIManager.getFont("defaultFont");
    }

    public static Color color(String key) {
        return UIManager.getColor(key);
    }
}
