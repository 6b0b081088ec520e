package com.hallkiosk.device.idcard;

import java.time.Duration;

/** One answered exchange with the module: the command, the bytes each way, and how long it took. */
public record SamExchange(int command, int parameter, int bytesOut, int bytesIn, Duration elapsed) {
}
