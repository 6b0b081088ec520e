package com.hallkiosk.ui.screens;

import javax.swing.JComponent;

/** One screen: its title, an instruction in plain words, and its body. The chrome adds the rest. */
public interface Screen {
    String title();

    String instruction();

    JComponent body();

    /** Whether the chrome offers Back; by default whenever there is a place to go back to. */
    default boolean offersBack(boolean canGoBack) {
        return canGoBack;
    }

    /** Whether the chrome offers Home; by default away from home. */
    default boolean offersHome(boolean canGoBack) {
        return canGoBack;
    }
}
