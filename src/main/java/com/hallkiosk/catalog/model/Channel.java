package com.hallkiosk.catalog.model;

import java.util.List;

/** One way of doing an item: a window, a website, an app, a terminal, a bank, the 12333 line. */
public record Channel(
        ChannelKind kind,
        String label,
        String where,
        String url,
        List<String> steps,
        String timeLimit,
        String note) {
    public Channel {
        steps = List.copyOf(steps);
    }
}
