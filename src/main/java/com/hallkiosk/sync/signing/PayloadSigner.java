package com.hallkiosk.sync.signing;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;

/** Signs catalog payloads with the central's Ed25519 private key. */
public final class PayloadSigner {
    private final PrivateKey privateKey;

    public PayloadSigner(PrivateKey privateKey) {
        if (!"EdDSA".equals(privateKey.getAlgorithm()) && !"Ed25519".equals(privateKey.getAlgorithm())) {
            throw new IllegalArgumentException("the catalog signing key is " + privateKey.getAlgorithm()
                    + ", not Ed25519");
        }
        this.privateKey = privateKey;
    }

    public SignedPayload sign(byte[] payload) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(privateKey);
            signature.update(payload);
            return new SignedPayload(payload, signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }
}
