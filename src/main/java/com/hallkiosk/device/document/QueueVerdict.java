package com.hallkiosk.device.document;

import com.hallkiosk.device.DeviceException;
import com.hallkiosk.device.DeviceHealth;

/** A queue's health as the kiosk judges it: the state, why, and what a technician should check (or null). */
record QueueVerdict(DeviceHealth.State state, String reason, String whatToCheck) {
    static QueueVerdict of(DeviceException failure) {
        return new QueueVerdict(DeviceHealth.State.OFFLINE, failure.getMessage(), failure.whatToCheck());
    }

    boolean canPrint() {
        return state == DeviceHealth.State.READY || state == DeviceHealth.State.WARNING;
    }
}
