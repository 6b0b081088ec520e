package com.hallkiosk.sync.signing;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;

/**
 * Checks a catalog payload against the kiosk's public key, over the exact bytes received and before
 * anything reads them: nothing of an unverified payload is parsed.
 */
public final class PayloadVerifier {
    private static final int ED25519_SIGNATURE_BYTES = 64;

    private final PublicKey publicKey;

    public PayloadVerifier(PublicKey publicKey) {
        this.publicKey = publicKey;
    }

    /** The payload's bytes, once they verify. */
    public byte[] verify(SignedPayload signed) throws SignatureRejectedException {
        byte[] signatureBytes = signed.signature();
        if (signatureBytes.length != ED25519_SIGNATURE_BYTES) {
            throw new SignatureRejectedException("the catalog payload's signature is " + signatureBytes.length
                    + " bytes, not an Ed25519 signature; the catalog was not changed");
        }
        byte[] payload = signed.payload();
        boolean valid;
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(publicKey);
            signature.update(payload);
            valid = signature.verify(signatureBytes);
        } catch (GeneralSecurityException e) {
            valid = false;
        }
        if (!valid) {
            throw new SignatureRejectedException("the catalog payload does not verify with the catalog signing key"
                    + " (tampered with, or signed with another key); the catalog was not changed");
        }
        return payload;
    }
}
