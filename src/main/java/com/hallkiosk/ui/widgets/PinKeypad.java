package com.hallkiosk.ui.widgets;

import com.hallkiosk.device.pinpad.KeypadKey;
import com.hallkiosk.device.pinpad.KeypadLayout;
import com.hallkiosk.ui.theme.KioskTheme;
import java.awt.GridLayout;
import java.awt.Insets;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.swing.JPanel;

/**
 * The on-screen PIN keypad: the keys of one entry's layout, where the layout puts them (the digits move for
 * every entry). A touch hands the key back; the keypad shows nothing of what was typed.
 */
public final class PinKeypad extends JPanel {
    /**
     * @param functionLabel the words of a function key (清除, 确认 …) in the visit's language; digits are their own label
     */
    public PinKeypad(KeypadLayout layout, Function<KeypadKey, String> functionLabel, Consumer<KeypadKey> pressed) {
        super(new GridLayout(0, 1, 0, KioskTheme.gap() / 2));
        setName("keypad");
        setOpaque(false);
        for (List<KeypadKey> keys : layout.rows()) {
            JPanel row = new JPanel(new GridLayout(1, 0, KioskTheme.gap() / 2, 0));
            row.setOpaque(false);
            for (KeypadKey key : keys) {
                String label = key.isDigit() ? key.label() : functionLabel.apply(key);
                String name = key.isDigit() ? String.valueOf(key.digit()) : key.kind().name().toLowerCase(java.util.Locale.ROOT);
                TouchButton button = new TouchButton("keypad-" + name, label, () -> pressed.accept(key));
                button.setMargin(new Insets(0, 0, 0, 0));
                button.setFont(KioskTheme.font("Kiosk.headingFont"));
                row.add(button);
            }
            add(row);
        }
    }
}
