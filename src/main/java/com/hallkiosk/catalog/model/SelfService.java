package com.hallkiosk.catalog.model;

/**
 * Whether a self-service terminal may do the item in its region, with the source line that says so.
 */
public record SelfService(boolean allowed, String where, String basis) {
    public static final SelfService NOT_OFFERED = new SelfService(false, null, null);
}
