package com.hallkiosk.business;

/** Identity: who a number belongs to. */
public interface PersonDirectory {
    Person personByIdNumber(String idNumber) throws BusinessException;

    /** The holder of a social security card, by the card number printed on it (e.g. {@code X00000019}). */
    Person personByCardNumber(String cardNumber) throws BusinessException;
}
