package com.hallkiosk.business.demo;

import com.hallkiosk.certificate.content.PaymentState;
import java.util.ArrayList;
import java.util.List;

/**
 * The one-character codes of a contribution year's twelve months ({@link DemoYear#months()}), which the
 * central's tables store as they are: read by the JDBC central and by the demo's own choice of card holders.
 */
public final class MonthCodes {
    private MonthCodes() {
    }

    public static PaymentState state(char code) {
        return switch (code) {
            case 'P' -> PaymentState.PAID;
            case 'B' -> PaymentState.BACK_PAID;
            case 'A' -> PaymentState.IN_ARREARS;
            case '-' -> PaymentState.NONE;
            default -> throw new IllegalArgumentException("no payment state is stored as " + code);
        };
    }

    public static List<PaymentState> states(String codes) {
        List<PaymentState> states = new ArrayList<>(codes.length());
        for (int i = 0; i < codes.length(); i++) {
            states.add(state(codes.charAt(i)));
        }
        return states;
    }
}
