package com.hallkiosk.catalog.store;

import java.time.Instant;

/** The central catalog version a kiosk holds for a region, and when it was applied. */
public record SyncState(String regionId, long version, Instant syncedAt) {
}
