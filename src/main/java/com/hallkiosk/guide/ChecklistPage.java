package com.hallkiosk.guide;

import com.hallkiosk.shell.Page;
import com.hallkiosk.shell.Place;
import java.util.Optional;

/**
 * The result of printing an item's checklist: printed or not, why not, whether part of it may have come
 * out (then the person is told to throw it away), and, where the printer is the emulator, the picture of
 * the paper it produced. A failed print always offers to print again.
 */
public record ChecklistPage(String itemId, String itemName, Status status, String problem, boolean partlyPrinted,
                            Optional<byte[]> paper) implements Page {
    @Override
    public Place place() {
        return new Place.Checklist(itemId);
    }

    /** Where the print job is. */
    public enum Status {
        PRINTING, PRINTED, FAILED
    }
}
