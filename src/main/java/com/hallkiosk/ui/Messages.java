package com.hallkiosk.ui;

import com.hallkiosk.session.Language;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The interface's words in the visit's language (resource bundles {@code messages*.properties}). */
public final class Messages {
    private final ResourceBundle bundle;
    private final Language language;

    public Messages(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle("com.hallkiosk.ui.messages", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Language language() {
        return language;
    }

    public String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, language.locale()).format(arguments);
    }
}
