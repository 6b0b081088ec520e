package com.hallkiosk.shell;

import java.time.Duration;
import java.time.ZoneId;

/** What the shell needs to know about its kiosk. */
public record ShellSetup(String kioskId, String hallName, ZoneId zone, Duration printTimeout) {
}
