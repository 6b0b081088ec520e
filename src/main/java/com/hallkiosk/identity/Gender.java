package com.hallkiosk.identity;

import java.util.Arrays;
import java.util.Optional;

/**
 * 性别 by GB/T 2261.1, one digit, as both the resident ID card's text block and the social security
 * card's EF06 store it.
 */
public enum Gender {
    UNKNOWN('0', "未知"), MALE('1', "男"), FEMALE('2', "女"), UNSTATED('9', "未说明");

    private final char code;
    private final String label;

    Gender(char code, String label) {
        this.code = code;
        this.label = label;
    }

    public char code() {
        return code;
    }

    /** As the card and the citizen's screen say it: 男, 女. */
    public String label() {
        return label;
    }

    /** The gender of a one-digit code; empty when the code is not one of GB/T 2261.1. */
    public static Optional<Gender> of(String code) {
        return Arrays.stream(values()).filter(g -> code.length() == 1 && g.code == code.charAt(0)).findFirst();
    }
}
