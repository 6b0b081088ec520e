package com.hallkiosk.business;

/**
 * The social security card operations. Each changing call moves the card from the states it names and
 * fails with {@link BusinessException.CardNotInState} otherwise, so two kiosks (or a double tap) asking the
 * same change get it done exactly once. PINs come in as {@code char[]} so the caller can wipe them; the
 * implementation never keeps or logs them.
 */
public interface CardServices {
    /** Wrong PINs in a row that lock the card, as on the card itself. */
    int PIN_TRY_LIMIT = 6;

    /** The person's current card: the newest one not 注销, else the newest one. */
    Card cardOf(String idNumber) throws BusinessException;

    Card cardByNumber(String cardNumber) throws BusinessException;

    /** 封存 → 正常, with the PIN the holder chose; the card must belong to {@code idNumber}. */
    Card activate(String cardNumber, String idNumber, char[] newPin) throws BusinessException;

    /** 临时挂失 from 正常; 正式挂失 from 正常 or 临时挂失. By identity number alone: the card is lost. */
    Card reportLoss(String idNumber, LossKind kind) throws BusinessException;

    /** 解挂: 临时挂失 → 正常, with the card in hand and the holder's ID card. */
    Card unlock(String cardNumber, String idNumber) throws BusinessException;

    /** Checks the PIN of a 正常 card: right restores the tries, wrong takes one, the sixth wrong locks. */
    Card verifyPin(String cardNumber, char[] pin) throws BusinessException;

    Card changePin(String cardNumber, char[] oldPin, char[] newPin) throws BusinessException;

    /** 密码重置 with the ID card and the card: a new PIN and the tries restored, whatever the old PIN was. */
    Card resetPin(String cardNumber, String idNumber, char[] newPin) throws BusinessException;

    /** 注销 from any state but 注销 itself. */
    Card cancel(String cardNumber, String idNumber) throws BusinessException;
}
