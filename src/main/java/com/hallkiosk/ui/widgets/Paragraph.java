package com.hallkiosk.ui.widgets;

import com.hallkiosk.ui.theme.KioskTheme;
import java.awt.Color;
import java.awt.Font;
import javax.swing.JTextPane;
import javax.swing.text.DefaultCaret;
import javax.swing.text.SimpleAttributeSet;
import javax.swing.text.StyleConstants;
import javax.swing.text.StyledDocument;

/**
 * Running text that wraps to its width, with the theme's line spacing (at least 1.3, more in
 * 长辈模式). Not editable, not focusable, not selectable: a finger on it scrolls the page.
 */
public final class Paragraph extends JTextPane {
    public Paragraph(String text, Font font, Color color) {
        setEditable(false);
        setFocusable(false);
        // A caret that follows the text would scroll every page to its last paragraph.
        ((DefaultCaret) getCaret()).setUpdatePolicy(DefaultCaret.NEVER_UPDATE);
        setHighlighter(null);
        setOpaque(false);
        setBorder(null);
        setFont(font);
        setForeground(color);
        setText(text);
        SimpleAttributeSet spacing = new SimpleAttributeSet();
        StyleConstants.setLineSpacing(spacing, KioskTheme.lineSpacing() - 1f);
        StyledDocument document = getStyledDocument();
        document.setParagraphAttributes(0, document.getLength(), spacing, false);
    }

    public Paragraph(String text) {
        this(text, KioskTheme.font("defaultFont"), KioskTheme.color("Label.foreground"));
    }

    /**
     * Never the target of a touch: a finger on text belongs to what the text is in (a card to tap,
     * a page to drag), not to the text pane, which would otherwise swallow it.
     */
    @Override
    public boolean contains(int x, int y) {
        return false;
    }

    /** The height this text takes when wrapped to {@code width}. */
    public int heightAt(int width) {
        setSize(width, Short.MAX_VALUE);
        return getPreferredSize().height;
    }
}
