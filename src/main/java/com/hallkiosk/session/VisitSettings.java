package com.hallkiosk.session;

/** What one citizen chose for their visit; the next person starts from the defaults again. */
public record VisitSettings(boolean elderMode, Language language) {
    public static final VisitSettings DEFAULTS = new VisitSettings(false, Language.CHINESE);

    public VisitSettings withElderMode(boolean on) {
        return new VisitSettings(on, language);
    }

    public VisitSettings withLanguage(Language chosen) {
        return new VisitSettings(elderMode, chosen);
    }
}
