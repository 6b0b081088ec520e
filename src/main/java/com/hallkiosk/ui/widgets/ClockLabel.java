package com.hallkiosk.ui.widgets;

import com.hallkiosk.ui.theme.KioskTheme;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javax.swing.JLabel;
import javax.swing.Timer;

/** The time and date, as the attract screen shows them, brought up to date every second. */
public final class ClockLabel extends JLabel {
    private static final int EVERY_SECOND = 1000;

    private final Clock clock;
    private final DateTimeFormatter format;
    private final Timer timer = new Timer(EVERY_SECOND, event -> refresh());

    public ClockLabel(Clock clock, Locale locale) {
        this.clock = clock;
        this.format = DateTimeFormatter.ofPattern(locale.getLanguage().equals("zh")
                ? "HH:mm  yyyy年M月d日 EEEE" : "HH:mm  EEEE d MMMM yyyy", locale);
        setName("clock");
        setFont(KioskTheme.font("Kiosk.clockFont"));
        refresh();
    }

    private void refresh() {
        setText(format.format(ZonedDateTime.now(clock)));
    }

    @Override
    public void addNotify() {
        super.addNotify();
        timer.start();
    }

    @Override
    public void removeNotify() {
        timer.stop();
        super.removeNotify();
    }
}
