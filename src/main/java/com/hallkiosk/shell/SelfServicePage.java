package com.hallkiosk.shell;

import com.hallkiosk.device.pinpad.KeypadLayout;
import com.hallkiosk.items.ItemStep;
import java.util.Optional;

/**
 * A self-service item's current step, as its screen shows it.
 *
 * @param itemName what the region's catalog calls the item
 * @param keypad   the on-screen keypad's keys while a PIN is typed on it; empty otherwise, and on a kiosk with a
 *                 PIN pad of its own
 */
public record SelfServicePage(String itemId, String itemName, ItemStep step, Optional<KeypadLayout> keypad)
        implements Page {
    @Override
    public Place place() {
        return new Place.SelfService(itemId);
    }
}
