package com.hallkiosk.shell;

import com.hallkiosk.device.pinpad.KeypadKey;
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

    /** A button of a self-service item's step, by the step's key; ignored unless that item is on the screen. */
    void tapped(String itemId, String key);

    /** A key of the on-screen PIN keypad. */
    void pressKey(KeypadKey key);
}
