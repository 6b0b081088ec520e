package com.hallkiosk.business.demo;

import com.hallkiosk.business.CardState;
import java.time.LocalDate;

/** A generated card; its PIN is {@link DemoPopulation#DEMO_PIN}, hashed when it is loaded. */
public record DemoCard(String cardNumber, CardState state, LocalDate stateSince, String issuingBank, String bankAccount,
                       LocalDate issueDate,
                       LocalDate expiryDate, int pinTriesLeft) {
}
