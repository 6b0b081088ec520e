package com.hallkiosk.sync.signing;

import java.util.Base64;

/**
 * A payload's exact bytes and its Ed25519 signature. Over HTTP the bytes are the body and the
 * signature travels in a header as base64 ({@link #signatureBase64()}).
 */
public record SignedPayload(byte[] payload, byte[] signature) {
    public SignedPayload {
        payload = payload.clone();
        signature = signature.clone();
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    public String signatureBase64() {
        return Base64.getEncoder().encodeToString(signature);
    }

    /** A payload as received, with a signature header that may be anything, even absent. */
    public static SignedPayload received(byte[] payload, String signatureBase64) throws SignatureRejectedException {
        if (signatureBase64 == null || signatureBase64.isBlank()) {
            throw new SignatureRejectedException("the catalog payload came without a signature");
        }
        try {
            return new SignedPayload(payload, Base64.getDecoder().decode(signatureBase64.trim()));
        } catch (IllegalArgumentException e) {
            throw new SignatureRejectedException("the catalog payload's signature is not base64");
        }
    }
}
