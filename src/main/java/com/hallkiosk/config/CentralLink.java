package com.hallkiosk.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How this kiosk reaches the central server, from {@code kiosk-config/central.properties}: the address,
 * the folder of its credentials, the catalog's public key, and the rhythm of its calls.
 */
public record CentralLink(URI url, Path pkiDirectory, Path catalogKey, Duration catalogPoll, Duration heartbeat,
                          Duration journalUpload, Duration connectTimeout, Duration requestTimeout) {
}
