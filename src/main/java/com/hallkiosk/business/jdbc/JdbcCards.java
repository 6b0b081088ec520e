package com.hallkiosk.business.jdbc;

import com.hallkiosk.business.BusinessException;
import com.hallkiosk.business.Card;
import com.hallkiosk.business.CardServices;
import com.hallkiosk.business.CardState;
import com.hallkiosk.business.LossKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Card operations as conditional UPDATEs: each names the state it starts from (and the PIN hash it checked),
 * and a row count of 0 means another request got there first. No read-then-write, so two central
 * processes on one database never both move the same card.
 */
final class JdbcCards implements CardServices {
    private static final String COLUMNS = "card_number, id_number, state, state_since, issuing_bank, bank_account, issue_date,"
            + " expiry_date, pin_tries_left, pin_hash";
    /** A changed PIN that met a concurrent change: verify again against the new hash, a bounded number of times. */
    private static final int PIN_RACE_ROUNDS = 3;

    private final BusinessDatabase database;
    private final PinHashes pinHashes;
    private final Clock clock;

    JdbcCards(BusinessDatabase database, PinHashes pinHashes, Clock clock) {
        this.database = database;
        this.pinHashes = pinHashes;
        this.clock = clock;
    }

    @Override
    public Card cardOf(String idNumber) throws BusinessException {
        return database.read(connection -> {
            try (PreparedStatement statement = BusinessDatabase.prepare(connection, "SELECT " + COLUMNS
                    + " FROM business_card WHERE id_number = ?"
                    + " ORDER BY CASE WHEN state = 'CANCELLED' THEN 1 ELSE 0 END, issue_date DESC LIMIT 1", idNumber);
                 ResultSet row = statement.executeQuery()) {
                if (row.next()) {
                    return card(row).card();
                }
            }
            JdbcPeople.person(connection, idNumber);
            throw new BusinessException.UnknownCard();
        });
    }

    @Override
    public Card cardByNumber(String cardNumber) throws BusinessException {
        return database.read(connection -> stored(connection, cardNumber).card());
    }

    @Override
    public Card activate(String cardNumber, String idNumber, char[] newPin) throws BusinessException {
        rejectWeak(newPin);
        String hash = pinHashes.hash(newPin);
        return move(cardNumber, idNumber, EnumSet.of(CardState.SEALED), CardState.NORMAL,
                ", pin_hash = ?, pin_tries_left = " + PIN_TRY_LIMIT, hash);
    }

    @Override
    public Card reportLoss(String idNumber, LossKind kind) throws BusinessException {
        Card card = cardOf(idNumber);
        return kind == LossKind.TEMPORARY
                ? move(card.cardNumber(), idNumber, EnumSet.of(CardState.NORMAL), CardState.TEMPORARILY_LOST, "")
                : move(card.cardNumber(), idNumber, EnumSet.of(CardState.NORMAL, CardState.TEMPORARILY_LOST),
                        CardState.FORMALLY_LOST, "");
    }

    @Override
    public Card unlock(String cardNumber, String idNumber) throws BusinessException {
        return move(cardNumber, idNumber, EnumSet.of(CardState.TEMPORARILY_LOST), CardState.NORMAL, "");
    }

    @Override
    public Card cancel(String cardNumber, String idNumber) throws BusinessException {
        return move(cardNumber, idNumber, EnumSet.complementOf(EnumSet.of(CardState.CANCELLED)), CardState.CANCELLED, "");
    }

    @Override
    public Card verifyPin(String cardNumber, char[] pin) throws BusinessException {
        return database.read(connection -> verified(connection, cardNumber, pin).card());
    }

    @Override
    public Card changePin(String cardNumber, char[] oldPin, char[] newPin) throws BusinessException {
        rejectWeak(newPin);
        String newHash = pinHashes.hash(newPin);
        return database.read(connection -> {
            for (int round = 0; round < PIN_RACE_ROUNDS; round++) {
                StoredCard checked = verified(connection, cardNumber, oldPin);
                if (update(connection, "UPDATE business_card SET pin_hash = ?, pin_tries_left = ? WHERE card_number = ?"
                        + " AND state = ? AND pin_hash = ?", newHash, PIN_TRY_LIMIT, cardNumber,
                        CardState.NORMAL.name(), checked.pinHash()) == 1) {
                    return stored(connection, cardNumber).card();
                }
            }
            throw new BusinessException.Unavailable("the PIN kept changing under this request", null);
        });
    }

    @Override
    public Card resetPin(String cardNumber, String idNumber, char[] newPin) throws BusinessException {
        rejectWeak(newPin);
        String hash = pinHashes.hash(newPin);
        return database.read(connection -> {
            if (update(connection, "UPDATE business_card SET pin_hash = ?, pin_tries_left = ? WHERE card_number = ?"
                    + " AND id_number = ? AND state = ?", hash, PIN_TRY_LIMIT, cardNumber, idNumber,
                    CardState.NORMAL.name()) == 1) {
                return stored(connection, cardNumber).card();
            }
            throw refusal(connection, cardNumber, idNumber, EnumSet.of(CardState.NORMAL));
        });
    }

    /** Checks the PIN and moves the counter; returns the card as it stood when the right PIN was confirmed. */
    private StoredCard verified(Connection connection, String cardNumber, char[] pin) throws SQLException, BusinessException {
        for (int round = 0; round < PIN_RACE_ROUNDS; round++) {
            StoredCard card = stored(connection, cardNumber);
            if (card.card().state() != CardState.NORMAL) {
                throw new BusinessException.CardNotInState(card.card().state(), EnumSet.of(CardState.NORMAL));
            }
            if (card.card().pinLocked()) {
                throw new BusinessException.PinLocked();
            }
            if (PinHashes.matches(pin, card.pinHash())) {
                if (update(connection, "UPDATE business_card SET pin_tries_left = ? WHERE card_number = ?"
                        + " AND pin_tries_left > 0 AND pin_hash = ?", PIN_TRY_LIMIT, cardNumber, card.pinHash()) == 1) {
                    return stored(connection, cardNumber);
                }
                continue;
            }
            if (update(connection, "UPDATE business_card SET pin_tries_left = pin_tries_left - 1 WHERE card_number = ?"
                    + " AND pin_tries_left > 0", cardNumber) == 1) {
                int left = stored(connection, cardNumber).card().pinTriesLeft();
                if (left == 0) {
                    throw new BusinessException.PinLocked();
                }
                throw new BusinessException.WrongPin(left);
            }
        }
        throw new BusinessException.PinLocked();
    }

    private Card move(String cardNumber, String idNumber, Set<CardState> from, CardState to, String alsoSet,
                      Object... alsoValues) throws BusinessException {
        String states = from.stream().map(s -> "?").collect(Collectors.joining(", "));
        Object[] parameters = new Object[2 + alsoValues.length + 2 + from.size()];
        int i = 0;
        parameters[i++] = to.name();
        parameters[i++] = LocalDate.now(clock).toString();
        for (Object value : alsoValues) {
            parameters[i++] = value;
        }
        parameters[i++] = cardNumber;
        parameters[i++] = idNumber;
        for (CardState state : from) {
            parameters[i++] = state.name();
        }
        String sql = "UPDATE business_card SET state = ?, state_since = ?" + alsoSet
                + " WHERE card_number = ? AND id_number = ? AND state IN (" + states + ")";
        return database.read(connection -> {
            if (update(connection, sql, parameters) == 1) {
                return stored(connection, cardNumber).card();
            }
            throw refusal(connection, cardNumber, idNumber, from);
        });
    }

    /** Why a conditional update changed nothing, read after the fact. */
    private static BusinessException refusal(Connection connection, String cardNumber, String idNumber,
                                             Set<CardState> required) throws SQLException, BusinessException {
        Card card = stored(connection, cardNumber).card();
        if (!card.idNumber().equals(idNumber)) {
            return new BusinessException.HolderMismatch();
        }
        return new BusinessException.CardNotInState(card.state(), required);
    }

    private static void rejectWeak(char[] pin) throws BusinessException {
        String why = PinHashes.whyRejected(pin);
        if (why != null) {
            throw new BusinessException.PinRejected(why);
        }
    }

    private static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = BusinessDatabase.prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        }
    }

    private static StoredCard stored(Connection connection, String cardNumber) throws SQLException, BusinessException {
        try (PreparedStatement statement = BusinessDatabase.prepare(connection,
                "SELECT " + COLUMNS + " FROM business_card WHERE card_number = ?", cardNumber);
             ResultSet row = statement.executeQuery()) {
            return Optional.ofNullable(row.next() ? card(row) : null).orElseThrow(BusinessException.UnknownCard::new);
        }
    }

    private static StoredCard card(ResultSet row) throws SQLException {
        return new StoredCard(new Card(row.getString(1), row.getString(2), CardState.valueOf(row.getString(3)),
                LocalDate.parse(row.getString(4)), row.getString(5), row.getString(6),
                LocalDate.parse(row.getString(7)), LocalDate.parse(row.getString(8)), row.getInt(9)), row.getString(10));
    }

    /** A card with its PIN hash, which never leaves this class. */
    private record StoredCard(Card card, String pinHash) {
    }
}
