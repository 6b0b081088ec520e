package com.hallkiosk.sync.kiosk;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What technicians see of the catalog sync: the version held, when it was applied, how long since
 * the central last confirmed it (the catalog's age), and the run of failures if any.
 *
 * @param version       0 before the first sync (the catalog is then the one shipped in the jar)
 * @param age           since the last apply or "not modified"; empty before the first
 * @param lastFailure   the newest failure's message while failures last; empty after a success
 */
public record SyncStatus(String regionId, long version, Optional<Instant> appliedAt, Optional<Duration> age,
                         int consecutiveFailures, Optional<String> lastFailure, Optional<Instant> nextPollAt) {
}
