package com.hallkiosk.shell;

import com.hallkiosk.session.VisitSettings;
import java.time.Duration;

/** What the shell asks of the screen; the Swing view moves each call onto the event thread. */
public interface ShellView {
    void show(Page page, boolean canGoBack);

    void settings(VisitSettings settings);

    /** Time left before the kiosk asks whether more is needed; empty when nobody is at the kiosk. */
    void remaining(Duration left);

    /** Ask "还需要更多时间吗？", with {@code left} to answer; on the screen, never in a pop-up. */
    void asking(Duration left);

    void askingDone();
}
