package com.hallkiosk.central.pages;

import java.time.Instant;

/**
 * A certificate as the central's journal knows it: its number and type, its holder masked exactly as the
 * kiosk journaled them (identity number 6+4, first character of the name), when and by which kiosk.
 */
record IssuedCertificate(String number, String typeId, String holderIdNumber, String holderName, Instant issuedAt,
                         String kioskId) {
}
