package com.hallkiosk.shell;

import com.hallkiosk.device.camera.Camera;
import com.hallkiosk.device.pinpad.KeypadLayout;
import com.hallkiosk.items.ItemStep;
import java.util.Optional;

/**
 * A self-service item's current step, as its screen shows it.
 *
 * @param itemName what the region's catalog calls the item
 * @param keypad   the on-screen keypad's keys while a PIN is typed on it; empty otherwise, and on a kiosk with a
 *                 PIN pad of its own
 * @param mirror   the camera whose picture the screen shows while the face is filmed; empty otherwise
 */
public record SelfServicePage(String itemId, String itemName, ItemStep step, Optional<KeypadLayout> keypad,
                              Optional<Camera> mirror) implements Page {
    @Override
    public Place place() {
        return new Place.SelfService(itemId);
    }
}
