package com.hallkiosk.ui.screens;

import javax.swing.JComponent;

/** One screen: its title, an instruction in plain words, and its body. The chrome adds the rest. */
public interface Screen {
    String title();

    String instruction();

    JComponent body();
}
