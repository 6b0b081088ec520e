package com.hallkiosk.items;

import com.hallkiosk.device.pinpad.KeypadKey;
import com.hallkiosk.device.pinpad.KeypadLayout;
import com.hallkiosk.device.pinpad.OnScreenPinPad;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** A finger on the on-screen keypad: finds each digit on the entry's shuffled layout, as a person looks for it. */
final class OnScreenTyping {
    private static final long WAIT_SECONDS = 10;

    private OnScreenTyping() {
    }

    /** Waits for the next PIN entry, types {@code digits} on its layout and presses 确认. */
    static void type(OnScreenPinPad pad, String digits) throws InterruptedException {
        KeypadLayout layout = awaitEntry(pad);
        for (char digit : digits.toCharArray()) {
            pad.press(layout.rows().stream().flatMap(List::stream).filter(key -> key.isDigit() && key.digit() == digit)
                    .findFirst().orElseThrow());
        }
        pad.press(KeypadLayout.ENTER);
    }

    /** Waits for an entry and presses {@code key} on it (取消, 退格, …). */
    static void press(OnScreenPinPad pad, KeypadKey key) throws InterruptedException {
        awaitEntry(pad);
        pad.press(key);
    }

    /**
     * The layout of the entry under way. The entry typed before ends (and its layout goes) inside the press of its
     * 确认, so a layout seen after that is the next entry's.
     */
    static KeypadLayout awaitEntry(OnScreenPinPad pad) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            Optional<KeypadLayout> layout = pad.layout();
            if (layout.isPresent()) {
                return layout.get();
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no PIN entry started within " + WAIT_SECONDS + " s");
    }
}
