package com.hallkiosk.shell;

import java.util.ArrayDeque;
import java.util.Deque;

/** The way back: every place a person opened since Home, so Back retraces their steps. */
final class Navigation {
    private final Deque<Place> trail = new ArrayDeque<>();

    Navigation() {
        trail.push(new Place.Home());
    }

    void open(Place place) {
        if (place instanceof Place.Home) {
            home();
        } else if (!place.equals(trail.peek())) {
            trail.push(place);
        }
    }

    void back() {
        if (trail.size() > 1) {
            trail.pop();
        }
    }

    void home() {
        trail.clear();
        trail.push(new Place.Home());
    }

    Place current() {
        return trail.peek();
    }

    boolean canGoBack() {
        return trail.size() > 1;
    }
}
