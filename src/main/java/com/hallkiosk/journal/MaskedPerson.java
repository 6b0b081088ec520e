package com.hallkiosk.journal;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A person as the journal may keep them: the identity number with only its first 6 and last 4
 * characters ({@code 210302********1234}), the first character of the name ({@code 张***}), and
 * {@code key}, a keyed hash of the whole identity number ({@link PersonKeys}). Made only from the
 * masking itself, so an unmasked number cannot get in.
 */
public record MaskedPerson(String idNumber, String name, String key) {
    /** A transaction that concerns nobody in particular (a checklist printed from the guide). */
    public static final MaskedPerson NOBODY = new MaskedPerson("", "", "");

    private static final Pattern MASKED_ID = Pattern.compile("\\d{6}\\*{8}\\d{3}[\\dX]");
    private static final Pattern MASKED_NAME = Pattern.compile("\\X\\*\\*\\*");
    private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");

    public MaskedPerson {
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(key, "key");
        boolean nobody = idNumber.isEmpty() && name.isEmpty() && key.isEmpty();
        if (!nobody && !(MASKED_ID.matcher(idNumber).matches() && MASKED_NAME.matcher(name).matches()
                && KEY.matcher(key).matches())) {
            throw new IllegalArgumentException("a journal keeps a masked identity number (6 + 4), the first character of"
                    + " the name and a 32-hex-digit key, or nothing at all");
        }
    }

    public boolean concernsNobody() {
        return key.isEmpty();
    }
}
