package com.hallkiosk.sync.signing;

/** A catalog payload whose signature does not verify with the kiosk's public key: it is not applied. */
public final class SignatureRejectedException extends Exception {
    public SignatureRejectedException(String message) {
        super(message);
    }
}
