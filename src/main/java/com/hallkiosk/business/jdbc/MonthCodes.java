package com.hallkiosk.business.jdbc;

import com.hallkiosk.certificate.content.PaymentState;
import java.util.ArrayList;
import java.util.List;

/** The one-character codes the twelve months of a contribution year are stored as. */
final class MonthCodes {
    private MonthCodes() {
    }

    static PaymentState state(char code) {
        return switch (code) {
            case 'P' -> PaymentState.PAID;
            case 'B' -> PaymentState.BACK_PAID;
            case 'A' -> PaymentState.IN_ARREARS;
            case '-' -> PaymentState.NONE;
            default -> throw new IllegalArgumentException("no payment state is stored as " + code);
        };
    }

    static List<PaymentState> states(String codes) {
        List<PaymentState> states = new ArrayList<>(codes.length());
        for (int i = 0; i < codes.length(); i++) {
            states.add(state(codes.charAt(i)));
        }
        return states;
    }
}
