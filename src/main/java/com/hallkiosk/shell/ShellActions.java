package com.hallkiosk.shell;

import com.hallkiosk.session.Language;

/** What a person can do on any screen; the Swing screens call these and nothing else. */
public interface ShellActions {
    void touched();

    void open(Place place);

    void back();

    void home();

    void setElderMode(boolean on);

    void setLanguage(Language language);

    void type(char key);

    void backspace();

    void clearQuery();

    void printChecklist(String itemId);

    void moreTime();

    void endVisit();
}
