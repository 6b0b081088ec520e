package com.hallkiosk.session;

import java.util.Locale;

/** The interface languages; catalog text stays as its documents wrote it. */
public enum Language {
    CHINESE(Locale.SIMPLIFIED_CHINESE), ENGLISH(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }
}
