package com.hallkiosk.central.http;

/** Who may call a route. */
public enum Access {
    /** Only a kiosk with a certificate from the central's CA. */
    KIOSK,
    /** Anyone: the public verification pages a citizen reaches by scanning a certificate's QR code. */
    PUBLIC
}
