package com.hallkiosk.journal;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One transaction of a kiosk, as the journal keeps it: never a person's identity in clear, only the
 * masked identity number (first 6 and last 4), the first character of the name, and a keyed hash that
 * lets the central tie together one person's transactions without knowing who it is.
 *
 * @param entryId   unique per transaction (a UUID): the central stores an entry once whatever number of
 *                  times it arrives
 * @param kioskId   the kiosk that recorded it
 * @param at        when the transaction ended
 * @param item      the catalog item (e.g. {@code anshan-tiedong-27}) or kiosk function it belongs to
 * @param operation what was done, in the item's own terms (e.g. {@code loss-report-temporary})
 * @param outcome   how it ended
 * @param person    who it was for, masked; {@link MaskedPerson#NOBODY} for transactions without one
 * @param reference what the transaction produced that others may look up — a certificate's number
 *                  ({@code CB-20261122-160005-7K4Q}) — or empty: letters, digits and dashes, no group
 *                  of more than 8 digits, so no identity or phone number fits
 * @param detail    what else the journal needs (a certificate number, the reason of a refusal), with no
 *                  personal data: text that looks like an identity, card or phone number is refused
 */
public record JournalEntry(String entryId, String kioskId, Instant at, String item, String operation, Outcome outcome,
                           MaskedPerson person, String reference, String detail) {
    private static final Pattern ENTRY_ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern NAME_LIKE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    /** Seven or more digits in a row: an identity, card, account or phone number, or part of one. */
    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{7,}");
    private static final int MAX_DETAIL = 2000;
    private static final Pattern REFERENCE = Pattern.compile("|[A-Z]{1,4}(-(?:[A-Z0-9]{1,12}))+");
    private static final Pattern LONG_DIGIT_GROUP = Pattern.compile("\\d{9,}");

    /** How a transaction ended. */
    public enum Outcome { SUCCEEDED, REFUSED, FAILED, CANCELLED }

    public JournalEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(detail, "detail");
        if (reference == null || !REFERENCE.matcher(reference).matches() || LONG_DIGIT_GROUP.matcher(reference).find()) {
            throw new IllegalArgumentException("a reference is empty or like CB-20261122-160005-7K4Q: " + reference);
        }
        if (entryId == null || !ENTRY_ID.matcher(entryId).matches()) {
            throw new IllegalArgumentException("an entry id is a lower-case UUID: " + entryId);
        }
        for (String name : new String[] {kioskId, item, operation}) {
            if (name == null || !NAME_LIKE.matcher(name).matches()) {
                throw new IllegalArgumentException("kiosk, item and operation are names of letters, digits, '.', '_' and '-': " + name);
            }
        }
        if (detail.length() > MAX_DETAIL) {
            throw new IllegalArgumentException("a journal detail is at most " + MAX_DETAIL + " characters");
        }
        if (LONG_NUMBER.matcher(detail).find()) {
            throw new IllegalArgumentException("a journal detail holds no number of 7 digits or more (identity, card,"
                    + " account or phone numbers stay out of the journal)");
        }
    }
}
