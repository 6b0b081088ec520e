package com.hallkiosk.shell;

import com.hallkiosk.device.pinpad.KeypadKey;
import com.hallkiosk.session.Language;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The shell's actions before the shell exists: the window is built and shown while the catalog is
 * still loading, and a touch in that moment is simply not acted on.
 */
public final class DeferredActions implements ShellActions {
    private final AtomicReference<KioskShell> shell;

    public DeferredActions(AtomicReference<KioskShell> shell) {
        this.shell = shell;
    }

    private void with(java.util.function.Consumer<KioskShell> action) {
        KioskShell current = shell.get();
        if (current != null) {
            action.accept(current);
        }
    }

    @Override
    public void touched() {
        with(KioskShell::touched);
    }

    @Override
    public void open(Place place) {
        with(s -> s.open(place));
    }

    @Override
    public void back() {
        with(KioskShell::back);
    }

    @Override
    public void home() {
        with(KioskShell::home);
    }

    @Override
    public void setElderMode(boolean on) {
        with(s -> s.setElderMode(on));
    }

    @Override
    public void setLanguage(Language language) {
        with(s -> s.setLanguage(language));
    }

    @Override
    public void type(char key) {
        with(s -> s.type(key));
    }

    @Override
    public void backspace() {
        with(KioskShell::backspace);
    }

    @Override
    public void clearQuery() {
        with(KioskShell::clearQuery);
    }

    @Override
    public void printChecklist(String itemId) {
        with(s -> s.printChecklist(itemId));
    }

    @Override
    public void moreTime() {
        with(KioskShell::moreTime);
    }

    @Override
    public void endVisit() {
        with(KioskShell::endVisit);
    }

    @Override
    public void tapped(String itemId, String key) {
        with(s -> s.tapped(itemId, key));
    }

    @Override
    public void pressKey(KeypadKey key) {
        with(s -> s.pressKey(key));
    }
}
