package com.hallkiosk.central.http;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the central listens: address and port (0 for any free one), its key and certificate, the CA whose
 * kiosk certificates it accepts, the keystores' password, and the limits every request has.
 */
public record ServerSettings(String host, int port, Path serverKeyStore, Path trustStore, char[] password,
        Duration idleTimeout, int maxBodyBytes, int maxThreads) {
    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_BODY_BYTES = 4 * 1024 * 1024;
    public static final int DEFAULT_MAX_THREADS = 64;

    public static ServerSettings of(String host, int port, Path serverKeyStore, Path trustStore, char[] password) {
        return new ServerSettings(host, port, serverKeyStore, trustStore, password, DEFAULT_IDLE_TIMEOUT,
                DEFAULT_MAX_BODY_BYTES, DEFAULT_MAX_THREADS);
    }
}
