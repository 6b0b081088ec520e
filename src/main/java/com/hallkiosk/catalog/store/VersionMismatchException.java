package com.hallkiosk.catalog.store;

/**
 * A change set made for another version than the one held: nothing was applied, and the kiosk should
 * ask again for the changes since {@link #heldVersion()}.
 */
public final class VersionMismatchException extends RuntimeException {
    private final long heldVersion;

    public VersionMismatchException(String regionId, long heldVersion, long fromVersion) {
        super("the catalog of " + regionId + " is at version " + heldVersion + ", the changes start from "
                + fromVersion + "; nothing was applied");
        this.heldVersion = heldVersion;
    }

    public long heldVersion() {
        return heldVersion;
    }
}
