package com.hallkiosk.shell;

/** What one screen shows, as data: a Swing screen renders it, a test reads it. */
public interface Page {
    Place place();
}
