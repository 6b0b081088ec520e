package com.hallkiosk.guide;

import com.hallkiosk.shell.Page;
import com.hallkiosk.shell.Place;
import java.util.Optional;

/**
 * The result of printing an item's checklist: printed or not, why not, and, where the printer is the
 * emulator, the picture of the paper it produced.
 */
public record ChecklistPage(String itemId, String itemName, Status status, String problem, Optional<byte[]> paper)
        implements Page {
    @Override
    public Place place() {
        return new Place.Checklist(itemId);
    }

    /** Where the print job is. */
    public enum Status {
        PRINTING, PRINTED, FAILED
    }
}
