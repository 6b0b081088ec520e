package com.hallkiosk.ui.widgets;

import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Insets;
import java.awt.LayoutManager;
import javax.swing.JScrollPane;

/**
 * A screen's words at the top and its buttons right under them, so the eye goes from what is said to what to
 * tap; when the words need more room than there is, the buttons stay at the bottom in view and the words scroll.
 */
public final class WordsThenActions implements LayoutManager {
    private final JScrollPane words;
    private final Component actions;

    public WordsThenActions(JScrollPane words, Component actions) {
        this.words = words;
        this.actions = actions;
    }

    @Override
    public void layoutContainer(Container parent) {
        Insets insets = parent.getInsets();
        int width = parent.getWidth() - insets.left - insets.right;
        int room = parent.getHeight() - insets.top - insets.bottom;
        int actionsHeight = Math.min(room, actions.getPreferredSize().height);
        int wordsHeight = Math.min(room - actionsHeight, wordsHeightAt(width));
        words.setBounds(insets.left, insets.top, width, wordsHeight);
        actions.setBounds(insets.left, insets.top + wordsHeight, width, actionsHeight);
    }

    /** The height the words take at {@code width}, text wrapped (a text's height depends on its width). */
    private int wordsHeightAt(int width) {
        Component view = words.getViewport().getView();
        Insets insets = words.getInsets();
        int inner = width - insets.left - insets.right;
        view.setSize(inner, view.getHeight());
        view.doLayout();
        return view.getPreferredSize().height + insets.top + insets.bottom;
    }

    @Override
    public Dimension preferredLayoutSize(Container parent) {
        Dimension wordsSize = words.getPreferredSize();
        Dimension actionsSize = actions.getPreferredSize();
        return new Dimension(Math.max(wordsSize.width, actionsSize.width), wordsSize.height + actionsSize.height);
    }

    @Override
    public Dimension minimumLayoutSize(Container parent) {
        return actions.getMinimumSize();
    }

    @Override
    public void addLayoutComponent(String name, Component component) {
        // The two components are given to the constructor.
    }

    @Override
    public void removeLayoutComponent(Component component) {
        // The two components are given to the constructor.
    }
}
