package com.hallkiosk.business.jdbc;

import com.hallkiosk.business.Application;
import com.hallkiosk.business.ApplicationKind;
import com.hallkiosk.business.Applications;
import com.hallkiosk.business.BusinessException;
import com.hallkiosk.business.Separation;
import com.hallkiosk.business.SeparationReason;
import com.hallkiosk.business.SkillCertificate;
import com.hallkiosk.business.SkillLevel;
import com.hallkiosk.business.Unit;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

final class JdbcApplications implements Applications {
    private static final int NUMBER_RANDOM_BYTES = 5;

    private final BusinessDatabase database;
    private final Clock clock;
    private final SecureRandom random;

    JdbcApplications(BusinessDatabase database, Clock clock, SecureRandom random) {
        this.database = database;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public Optional<Separation> separation(String idNumber) throws BusinessException {
        return database.read(connection -> {
            JdbcPeople.person(connection, idNumber);
            try (PreparedStatement statement = BusinessDatabase.prepare(connection, "SELECT s.credit_code, u.name,"
                    + " s.separated_on, s.reason, s.registered_unemployed_on FROM business_separation s"
                    + " JOIN business_unit u ON u.credit_code = s.credit_code WHERE s.id_number = ?", idNumber);
                 ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Separation(new Unit(row.getString(1), row.getString(2)),
                        LocalDate.parse(row.getString(3)), SeparationReason.valueOf(row.getString(4)),
                        Optional.ofNullable(row.getString(5)).map(LocalDate::parse)));
            }
        });
    }

    @Override
    public List<SkillCertificate> skillCertificates(String idNumber) throws BusinessException {
        return database.read(connection -> {
            JdbcPeople.person(connection, idNumber);
            List<SkillCertificate> certificates = new ArrayList<>();
            try (PreparedStatement statement = BusinessDatabase.prepare(connection, "SELECT certificate_number,"
                    + " occupation, level, issued_on FROM business_skill_certificate WHERE id_number = ?"
                    + " ORDER BY issued_on, certificate_number", idNumber);
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    certificates.add(new SkillCertificate(rows.getString(1), rows.getString(2),
                            SkillLevel.valueOf(rows.getString(3)), LocalDate.parse(rows.getString(4))));
                }
            }
            return certificates;
        });
    }

    @Override
    public List<Application> applications(String idNumber) throws BusinessException {
        return database.read(connection -> {
            JdbcPeople.person(connection, idNumber);
            List<Application> applications = new ArrayList<>();
            try (PreparedStatement statement = BusinessDatabase.prepare(connection, "SELECT application_number, kind,"
                    + " subject, submitted_on FROM business_application WHERE id_number = ?"
                    + " ORDER BY submitted_on, application_number", idNumber);
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    applications.add(new Application(rows.getString(1), idNumber,
                            ApplicationKind.valueOf(rows.getString(2)), rows.getString(3), LocalDate.parse(rows.getString(4))));
                }
            }
            return applications;
        });
    }

    /**
     * The unique key (person, kind, subject) decides a duplicate, so two kiosks submitting the same
     * application at once store it once; the loser's failed INSERT is told apart from a database failure by
     * looking for the winner's row.
     */
    @Override
    public Application submit(String idNumber, ApplicationKind kind, String subject) throws BusinessException {
        LocalDate today = LocalDate.now(clock);
        byte[] suffix = new byte[NUMBER_RANDOM_BYTES];
        random.nextBytes(suffix);
        Application application = new Application("SQ" + today.format(DateTimeFormatter.BASIC_ISO_DATE)
                + HexFormat.of().withUpperCase().formatHex(suffix), idNumber, kind, subject, today);
        return database.read(connection -> {
            JdbcPeople.person(connection, idNumber);
            try (PreparedStatement statement = BusinessDatabase.prepare(connection, "INSERT INTO business_application"
                    + " (application_number, id_number, kind, subject, submitted_on) VALUES (?, ?, ?, ?, ?)",
                    application.applicationNumber(), idNumber, kind.name(), subject, today.toString())) {
                statement.executeUpdate();
                return application;
            } catch (SQLException e) {
                try (PreparedStatement statement = BusinessDatabase.prepare(connection, "SELECT 1 FROM business_application"
                        + " WHERE id_number = ? AND kind = ? AND subject = ?", idNumber, kind.name(), subject);
                     ResultSet row = statement.executeQuery()) {
                    if (row.next()) {
                        throw new BusinessException.DuplicateApplication();
                    }
                }
                throw e;
            }
        });
    }
}
