package com.hallkiosk.journal;

import com.hallkiosk.identity.IdNumbers;
import com.hallkiosk.privacy.PersonalDataMasking;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Masks a person for the journal and gives them a correlation key: HMAC-SHA256 of the identity number
 * under a key every kiosk of the fleet shares with the central (from the kiosk's configuration), cut
 * to 128 bits. The same person gets the same key on every kiosk; without the key, the hash cannot be
 * turned back into an identity number by trying all of them (there are only ~10^10 plausible ones, so a
 * plain hash could be).
 */
public final class PersonKeys {
    private static final int MIN_KEY_BYTES = 16;
    private static final int KEY_BYTES = 16;

    private final SecretKeySpec key;

    public PersonKeys(byte[] secret) {
        if (secret.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("the journal's person key is at least " + MIN_KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    }

    /** The person masked, with their key; the identity number must be a valid one (check digit). */
    public MaskedPerson mask(String idNumber, String name) {
        if (idNumber == null || idNumber.length() != 18 || !IdNumbers.hasValidCheckDigit(idNumber)) {
            throw new IllegalArgumentException("not a valid identity number: " + PersonalDataMasking.idNumber(idNumber));
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a person has a name");
        }
        return new MaskedPerson(PersonalDataMasking.idNumber(idNumber), PersonalDataMasking.name(name.strip()), key(idNumber));
    }

    String key(String idNumber) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] digest = mac.doFinal(idNumber.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest, 0, KEY_BYTES);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java has HmacSHA256", e);
        }
    }
}
