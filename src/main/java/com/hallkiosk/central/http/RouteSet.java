package com.hallkiosk.central.http;

/** A feature's endpoints (catalog sync, journal, pages …), added to the server's routes by the wiring. */
@FunctionalInterface
public interface RouteSet {
    void addTo(Routes routes);
}
