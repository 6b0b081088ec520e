package com.hallkiosk.business.jdbc;

import com.hallkiosk.business.BusinessException;
import com.hallkiosk.business.Person;
import com.hallkiosk.business.PersonDirectory;
import com.hallkiosk.identity.Gender;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

final class JdbcPeople implements PersonDirectory {
    private static final String BY_ID = "SELECT id_number, name, gender, birth_date FROM business_person WHERE id_number = ?";
    private static final String BY_CARD = "SELECT p.id_number, p.name, p.gender, p.birth_date FROM business_person p"
            + " JOIN business_card c ON c.id_number = p.id_number WHERE c.card_number = ?";

    private final BusinessDatabase database;

    JdbcPeople(BusinessDatabase database) {
        this.database = database;
    }

    @Override
    public Person personByIdNumber(String idNumber) throws BusinessException {
        return database.read(connection -> person(connection, idNumber));
    }

    @Override
    public Person personByCardNumber(String cardNumber) throws BusinessException {
        return database.read(connection -> one(connection, BY_CARD, cardNumber));
    }

    /** The person, or {@link BusinessException.UnknownPerson}: the check every other area starts with. */
    static Person person(Connection connection, String idNumber) throws SQLException, BusinessException {
        return one(connection, BY_ID, idNumber);
    }

    private static Person one(Connection connection, String sql, String key) throws SQLException, BusinessException {
        try (PreparedStatement statement = BusinessDatabase.prepare(connection, sql, key);
             ResultSet row = statement.executeQuery()) {
            if (!row.next()) {
                throw new BusinessException.UnknownPerson();
            }
            return new Person(row.getString(1), row.getString(2), Gender.valueOf(row.getString(3)),
                    LocalDate.parse(row.getString(4)));
        }
    }
}
