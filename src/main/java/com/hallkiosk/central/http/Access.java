package com.hallkiosk.central.http;

/** Who may call a route. */
public enum Access {
    /** Only a kiosk with a certificate from the central's CA. */
    KIOSK,
    /**
     * Anyone: the public verification pages a citizen reaches by scanning a certificate's QR code, and the
     * operators' sign-in page.
     */
    PUBLIC,
    /**
     * Only a signed-in operator, as the server's {@link OperatorGate} tells; a kiosk certificate alone is not
     * enough, so a kiosk never sees the operators' pages.
     */
    OPERATOR
}
