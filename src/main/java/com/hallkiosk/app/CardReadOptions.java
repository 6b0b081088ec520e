package com.hallkiosk.app;

import java.time.Duration;
import picocli.CommandLine.Option;

/** How a doctor command that reads one card waits for it, and how it answers. */
final class CardReadOptions {
    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "10",
            description = "How long to wait for a card to be presented (default: ${DEFAULT-VALUE}).")
    int waitSeconds;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    Duration waitTime() {
        return Duration.ofSeconds(waitSeconds);
    }
}
