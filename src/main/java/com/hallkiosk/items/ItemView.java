package com.hallkiosk.items;

/** What an item's controller asks of its screen; the Swing screen moves each call onto the event thread. */
public interface ItemView {
    void show(ItemStep step);

    /** The item is over (finished, left with Back or Home, or wiped): the shell takes the person on. */
    void ended();
}
