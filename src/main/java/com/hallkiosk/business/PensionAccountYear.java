package com.hallkiosk.business;

import java.math.BigDecimal;

/** One year of the basic pension insurance's personal account (个人账户): paid in, interest, balance at year end. */
public record PensionAccountYear(int year, int monthsContributed, BigDecimal personalContribution, BigDecimal interest,
                                 BigDecimal balance) {
}
