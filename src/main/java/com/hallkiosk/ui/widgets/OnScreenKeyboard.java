package com.hallkiosk.ui.widgets;

import com.hallkiosk.ui.theme.KioskTheme;
import java.awt.GridLayout;
import java.awt.Insets;
import java.util.List;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JPanel;

/**
 * The keyboard of the search screen: digits, letters for pinyin and initials, backspace and clear.
 * The kiosk has no physical keyboard; every key is a touch target.
 */
public final class OnScreenKeyboard extends JPanel {
    private static final List<String> ROWS = List.of("1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm");

    public OnScreenKeyboard(Consumer<Character> type, Runnable backspace, String backspaceLabel, Runnable clear,
                            String clearLabel) {
        setName("keyboard");
        // Rows share the height there is, so a tall header never pushes a row off the screen.
        setLayout(new GridLayout(0, 1));
        setOpaque(false);
        int gap = KioskTheme.gap() / 2;
        for (int r = 0; r < ROWS.size(); r++) {
            String keys = ROWS.get(r);
            boolean last = r == ROWS.size() - 1;
            JPanel row = new JPanel(new GridLayout(1, 0, gap, gap));
            row.setOpaque(false);
            row.setBorder(BorderFactory.createEmptyBorder(gap / 2, 0, gap / 2, 0));
            for (char key : keys.toCharArray()) {
                row.add(key(new TouchButton("key-" + key, String.valueOf(key).toUpperCase(java.util.Locale.ROOT),
                        () -> type.accept(key))));
            }
            if (last) {
                row.add(key(new TouchButton("key-backspace", backspaceLabel, backspace)));
                row.add(key(new TouchButton("key-clear", clearLabel, clear)));
            }
            add(row);
        }
    }

    /** Rows may shrink below a key's full height rather than fall off a crowded screen. */
    @Override
    public java.awt.Dimension getMinimumSize() {
        java.awt.Dimension preferred = getPreferredSize();
        return new java.awt.Dimension(preferred.width, preferred.height * 2 / 3);
    }

    /** Keys have no margins: the whole key is the letter's, however narrow the screen. */
    private static TouchButton key(TouchButton button) {
        button.setMargin(new Insets(0, 0, 0, 0));
        return button;
    }
}
