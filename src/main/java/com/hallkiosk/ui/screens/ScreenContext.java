package com.hallkiosk.ui.screens;

import com.hallkiosk.shell.ShellActions;
import com.hallkiosk.ui.Messages;
import java.time.Clock;

/**
 * What every screen is built with: the words, the actions, whether the screen stands upright, and the
 * clock (fixed for screenshots).
 */
public record ScreenContext(Messages messages, ShellActions actions, boolean portrait, Clock clock) {
    public String text(String key, Object... arguments) {
        return messages.text(key, arguments);
    }
}
