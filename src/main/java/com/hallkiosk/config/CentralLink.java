package com.hallkiosk.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * How this kiosk reaches the central server, from {@code kiosk-config/central.properties}: the address,
 * the folder of its credentials, the catalog's public key, the rhythm of its calls, and the key its journal
 * hashes people with.
 *
 * @param personKey the fleet's key for the journal's correlation hash of a person
 *                  ({@link com.hallkiosk.journal.PersonKeys}); empty where the file has none, and then the kiosk
 *                  offers no self-service item, since it could journal none
 */
public record CentralLink(URI url, Path pkiDirectory, Path catalogKey, Duration catalogPoll, Duration heartbeat,
                          Duration journalUpload, Duration connectTimeout, Duration requestTimeout,
                          Optional<String> personKey) {
}
