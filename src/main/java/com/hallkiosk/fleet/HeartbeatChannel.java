package com.hallkiosk.fleet;

/** The kiosk's way to send its heartbeat to the central (HTTP in production, in-process in tests). */
public interface HeartbeatChannel {
    /** Sends it; a heartbeat that fails is not sent again: the next one says the same, newer. */
    void send(Heartbeat heartbeat) throws Exception;
}
