package com.hallkiosk.business.jdbc;

import com.hallkiosk.business.demo.DemoCard;
import com.hallkiosk.business.demo.DemoPerson;
import com.hallkiosk.business.demo.DemoPerson.DemoEntitlement;
import com.hallkiosk.business.demo.DemoPopulation;
import com.hallkiosk.business.demo.DemoUnit;
import com.hallkiosk.business.demo.DemoYear;
import com.hallkiosk.business.SkillCertificate;
import com.hallkiosk.certificate.content.Insurance;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Loads a {@link DemoPopulation} into empty business tables: the units first, then the people as they stream
 * out of the generator, {@link #BATCH_PEOPLE} to a transaction with batched inserts, so a million people
 * never sit in memory and a failure loses at most one batch (a rerun needs empty tables).
 *
 * <p>Every card's PIN is {@link DemoPopulation#DEMO_PIN}. Hashing it with its own salt for each of a million
 * cards would take hours, so the cards share {@link #DEMO_HASHES} salted hashes made once per load; a PIN
 * set later (activation, change, reset) gets its own salt.
 */
public final class PopulationLoader {
    static final int BATCH_PEOPLE = 1_000;
    static final int DEMO_HASHES = 4;

    private final DataSource dataSource;
    private final PinHashes pinHashes;

    public PopulationLoader(DataSource dataSource, PinHashes pinHashes) {
        this.dataSource = dataSource;
        this.pinHashes = pinHashes;
    }

    /** Whether any person is loaded already: the central loads the demo population only into empty tables. */
    public boolean anyoneLoaded() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = statement(connection, "SELECT 1 FROM business_person LIMIT 1");
             ResultSet row = statement.executeQuery()) {
            return row.next();
        }
    }

    /** The demo population these tables were loaded with, if any: the same arguments make the same people. */
    public Optional<DemoPopulation> loadedPopulation() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = statement(connection, "SELECT seed, size, as_of FROM business_population WHERE id = 1");
             ResultSet row = statement.executeQuery()) {
            return row.next() ? Optional.of(new DemoPopulation(row.getLong(1), row.getLong(2),
                    java.time.LocalDate.parse(row.getString(3)))) : Optional.empty();
        }
    }

    /** Returns the number of people loaded. */
    public long load(DemoPopulation population) throws SQLException {
        List<String> demoHashes = new ArrayList<>();
        for (int i = 0; i < DEMO_HASHES; i++) {
            demoHashes.add(pinHashes.hash(DemoPopulation.DEMO_PIN.toCharArray()));
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<String> creditCodes = loadUnits(connection, population);
                connection.commit();
                long loaded = 0;
                try (Statements statements = new Statements(connection, creditCodes); Stream<DemoPerson> people = population.people()) {
                    Iterator<DemoPerson> iterator = people.iterator();
                    while (iterator.hasNext()) {
                        DemoPerson person = iterator.next();
                        statements.add(person, demoHashes.get((int) (person.index() % DEMO_HASHES)));
                        loaded++;
                        if (loaded % BATCH_PEOPLE == 0) {
                            statements.execute();
                            connection.commit();
                        }
                    }
                    statements.execute();
                    try (PreparedStatement record = statement(connection,
                            "INSERT INTO business_population (id, seed, size, as_of) VALUES (1, ?, ?, ?)")) {
                        record.setLong(1, population.seed());
                        record.setLong(2, population.size());
                        record.setString(3, population.asOf().toString());
                        record.executeUpdate();
                    }
                    connection.commit();
                }
                return loaded;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private static List<String> loadUnits(Connection connection, DemoPopulation population) throws SQLException {
        List<String> creditCodes = new ArrayList<>();
        try (PreparedStatement insert = statement(connection, "INSERT INTO business_unit"
                + " (credit_code, name, legal_representative, in_arrears) VALUES (?, ?, ?, ?)")) {
            for (DemoUnit unit : population.units()) {
                insert.setString(1, unit.creditCode());
                insert.setString(2, unit.name());
                insert.setString(3, population.person(unit.representativeIndex()).person().idNumber());
                insert.setInt(4, unit.inArrears() ? 1 : 0);
                insert.addBatch();
                creditCodes.add(unit.creditCode());
            }
            insert.executeBatch();
        }
        return creditCodes;
    }

    private static PreparedStatement statement(Connection connection, String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        statement.setQueryTimeout(BusinessDatabase.QUERY_TIMEOUT_SECONDS);
        return statement;
    }

    /** One prepared statement per table, each collecting a batch. */
    private static final class Statements implements AutoCloseable {
        private final List<String> creditCodes;
        private final PreparedStatement person;
        private final PreparedStatement card;
        private final PreparedStatement year;
        private final PreparedStatement start;
        private final PreparedStatement pension;
        private final PreparedStatement entitlement;
        private final PreparedStatement separation;
        private final PreparedStatement skill;
        private final List<PreparedStatement> all;

        Statements(Connection connection, List<String> creditCodes) throws SQLException {
            this.creditCodes = creditCodes;
            person = statement(connection, "INSERT INTO business_person (id_number, name, gender, birth_date)"
                    + " VALUES (?, ?, ?, ?)");
            card = statement(connection, "INSERT INTO business_card (card_number, id_number, state, state_since,"
                    + " issuing_bank, bank_account, issue_date, expiry_date, pin_hash, pin_tries_left)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            year = statement(connection, "INSERT INTO business_contribution_year (id_number, year, credit_code,"
                    + " monthly_base_fen, months) VALUES (?, ?, ?, ?, ?)");
            start = statement(connection, "INSERT INTO business_insurance_start (id_number, insurance, from_year)"
                    + " VALUES (?, ?, ?)");
            pension = statement(connection, "INSERT INTO business_pension (id_number, first_month, initial_fen, status)"
                    + " VALUES (?, ?, ?, ?)");
            entitlement = statement(connection, "INSERT INTO business_entitlement (id_number, kind, last_certified,"
                    + " due_by, suspended_because) VALUES (?, ?, ?, ?, ?)");
            separation = statement(connection, "INSERT INTO business_separation (id_number, credit_code, separated_on,"
                    + " reason, registered_unemployed_on) VALUES (?, ?, ?, ?, ?)");
            skill = statement(connection, "INSERT INTO business_skill_certificate (certificate_number, id_number,"
                    + " occupation, level, issued_on) VALUES (?, ?, ?, ?, ?)");
            all = List.of(person, card, year, start, pension, entitlement, separation, skill);
        }

        void add(DemoPerson demo, String pinHash) throws SQLException {
            String id = demo.person().idNumber();
            batch(person, id, demo.person().name(), demo.person().gender().name(), demo.person().birthDate().toString());
            DemoCard c = demo.card();
            batch(card, c.cardNumber(), id, c.state().name(), c.stateSince().toString(), c.issuingBank(), c.bankAccount(),
                    c.issueDate().toString(), c.expiryDate().toString(), pinHash, c.pinTriesLeft());
            for (DemoYear y : demo.years()) {
                batch(year, id, y.year(), creditCodes.get(y.unitIndex()), y.monthlyBaseFen(), y.months());
            }
            for (Map.Entry<Insurance, Integer> s : demo.insuranceFromYear().entrySet()) {
                batch(start, id, s.getKey().name(), s.getValue());
            }
            if (demo.pension().isPresent()) {
                DemoPerson.DemoPension p = demo.pension().get();
                batch(pension, id, p.firstMonth().toString(), p.initialFen(), p.status().name());
            }
            for (DemoEntitlement e : demo.entitlements()) {
                batch(entitlement, id, e.kind().name(), e.lastCertified().map(Object::toString).orElse(null),
                        e.dueBy().toString(), e.suspendedBecause().orElse(null));
            }
            if (demo.separation().isPresent()) {
                DemoPerson.DemoSeparation s = demo.separation().get();
                batch(separation, id, creditCodes.get(s.unitIndex()), s.separatedOn().toString(), s.reason().name(),
                        s.registeredUnemployedOn().map(Object::toString).orElse(null));
            }
            for (SkillCertificate k : demo.skillCertificates()) {
                batch(skill, k.certificateNumber(), id, k.occupation(), k.level().name(), k.issuedOn().toString());
            }
        }

        void execute() throws SQLException {
            for (PreparedStatement statement : all) {
                statement.executeBatch();
            }
        }

        private static void batch(PreparedStatement statement, Object... values) throws SQLException {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.addBatch();
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement statement : all) {
                statement.close();
            }
        }
    }
}
