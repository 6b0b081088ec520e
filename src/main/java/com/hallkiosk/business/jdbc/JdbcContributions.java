package com.hallkiosk.business.jdbc;

import com.hallkiosk.business.BusinessException;
import com.hallkiosk.business.CertificateData;
import com.hallkiosk.business.ContributionHistory;
import com.hallkiosk.business.ContributionRecords;
import com.hallkiosk.business.ContributionYear;
import com.hallkiosk.business.InsuranceRecord;
import com.hallkiosk.business.Pension;
import com.hallkiosk.business.PensionAccountYear;
import com.hallkiosk.business.Person;
import com.hallkiosk.business.Unit;
import com.hallkiosk.business.UnitRecord;
import com.hallkiosk.business.UnitRecord.UnitInsurance;
import com.hallkiosk.business.demo.MonthCodes;
import com.hallkiosk.certificate.CertificateType;
import com.hallkiosk.certificate.content.Insurance;
import com.hallkiosk.certificate.content.InsuranceStatus;
import com.hallkiosk.certificate.content.PaymentState;
import com.hallkiosk.certificate.content.PensionReceipt.PensionStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Contributions, the pension and the unit records, read from one row per person and year. The pension
 * account and the yearly pension amounts follow the demo's published rules (8% personal share, a flat
 * interest rate, 3% rises each January), which a real bureau's system would hold as data.
 */
final class JdbcContributions implements ContributionRecords, CertificateData {
    /** The personal share of the base that goes into the pension's personal account. */
    static final BigDecimal PERSONAL_SHARE = new BigDecimal("0.08");
    /** Demo interest on the personal account, the same every year. */
    static final BigDecimal ACCOUNT_INTEREST = new BigDecimal("0.04");
    /** Demo pension rise each January. */
    static final BigDecimal PENSION_RISE = new BigDecimal("1.03");

    private final BusinessDatabase database;
    private final Clock clock;

    JdbcContributions(BusinessDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public ContributionHistory contributions(String idNumber) throws BusinessException {
        return database.read(connection -> history(connection, idNumber));
    }

    @Override
    public List<PensionAccountYear> pensionAccount(String idNumber) throws BusinessException {
        Optional<InsuranceRecord> pension = contributions(idNumber).insurance(Insurance.PENSION);
        List<PensionAccountYear> account = new ArrayList<>();
        BigDecimal balance = BigDecimal.ZERO.setScale(2);
        for (ContributionYear year : pension.map(InsuranceRecord::years).orElse(List.of())) {
            int months = year.monthsContributed();
            BigDecimal paidIn = year.monthlyBase().multiply(PERSONAL_SHARE).multiply(BigDecimal.valueOf(months))
                    .setScale(2, RoundingMode.HALF_UP);
            BigDecimal interest = balance.multiply(ACCOUNT_INTEREST).setScale(2, RoundingMode.HALF_UP);
            balance = balance.add(paidIn).add(interest);
            account.add(new PensionAccountYear(year.year(), months, paidIn, interest, balance));
        }
        return account;
    }

    @Override
    public Optional<Pension> pension(String idNumber) throws BusinessException {
        YearMonth asOf = YearMonth.now(clock);
        return database.read(connection -> {
            JdbcPeople.person(connection, idNumber);
            try (PreparedStatement statement = BusinessDatabase.prepare(connection,
                    "SELECT first_month, initial_fen, status FROM business_pension WHERE id_number = ?", idNumber);
                 ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                return Optional.of(pension(YearMonth.parse(row.getString(1)), row.getLong(2),
                        PensionStatus.valueOf(row.getString(3)), asOf));
            }
        });
    }

    private static Pension pension(YearMonth first, long initialFen, PensionStatus status, YearMonth asOf) {
        List<Pension.Year> years = new ArrayList<>();
        BigDecimal amount = BigDecimal.valueOf(initialFen, 2);
        for (int year = first.getYear(); year <= asOf.getYear(); year++) {
            if (year > first.getYear()) {
                amount = amount.multiply(PENSION_RISE).setScale(2, RoundingMode.HALF_UP);
            }
            int fromMonth = year == first.getYear() ? first.getMonthValue() : 1;
            int toMonth = year == asOf.getYear() ? asOf.getMonthValue() : 12;
            years.add(new Pension.Year(year, amount, Math.max(0, toMonth - fromMonth + 1)));
        }
        return new Pension(first, asOf, amount, status, years);
    }

    @Override
    public Set<CertificateType> certificatesFor(String idNumber) throws BusinessException {
        return database.read(connection -> {
            JdbcPeople.person(connection, idNumber);
            Set<CertificateType> types = EnumSet.noneOf(CertificateType.class);
            if (exists(connection, "SELECT 1 FROM business_contribution_year WHERE id_number = ? LIMIT 1", idNumber)) {
                types.add(CertificateType.PERSONAL_CONTRIBUTION);
                types.add(CertificateType.RIGHTS_RECORD);
            }
            if (exists(connection, "SELECT 1 FROM business_pension WHERE id_number = ?", idNumber)) {
                types.add(CertificateType.PENSION_RECEIPT);
            }
            if (exists(connection, "SELECT 1 FROM business_unit WHERE legal_representative = ? LIMIT 1", idNumber)) {
                types.add(CertificateType.UNIT);
            }
            return types;
        });
    }

    @Override
    public List<Unit> unitsRepresentedBy(String idNumber) throws BusinessException {
        return database.read(connection -> {
            JdbcPeople.person(connection, idNumber);
            List<Unit> units = new ArrayList<>();
            try (PreparedStatement statement = BusinessDatabase.prepare(connection, "SELECT credit_code, name"
                    + " FROM business_unit WHERE legal_representative = ? ORDER BY credit_code", idNumber);
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    units.add(new Unit(rows.getString(1), rows.getString(2)));
                }
            }
            return units;
        });
    }

    @Override
    public UnitRecord unitRecord(String representativeIdNumber, String creditCode) throws BusinessException {
        YearMonth asOf = YearMonth.now(clock);
        return database.read(connection -> {
            Unit unit;
            boolean inArrears;
            try (PreparedStatement statement = BusinessDatabase.prepare(connection, "SELECT name, in_arrears"
                    + " FROM business_unit WHERE credit_code = ? AND legal_representative = ?",
                    creditCode, representativeIdNumber);
                 ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new BusinessException.NotRepresentative();
                }
                unit = new Unit(creditCode, row.getString(1));
                inArrears = row.getInt(2) != 0;
            }
            List<UnitInsurance> insurances = new ArrayList<>();
            for (Insurance insurance : List.of(Insurance.PENSION, Insurance.UNEMPLOYMENT, Insurance.WORK_INJURY)) {
                unitInsurance(connection, creditCode, insurance, inArrears, asOf).ifPresent(insurances::add);
            }
            return new UnitRecord(unit, inArrears, asOf, insurances);
        });
    }

    private static Optional<UnitInsurance> unitInsurance(Connection connection, String creditCode, Insurance insurance,
                                                         boolean inArrears, YearMonth asOf) throws SQLException {
        String covered = " FROM business_contribution_year y JOIN business_insurance_start s"
                + " ON s.id_number = y.id_number AND s.insurance = ? AND s.from_year <= y.year WHERE y.credit_code = ?";
        YearMonth paidFrom = null;
        YearMonth paidTo = null;
        try (PreparedStatement statement = BusinessDatabase.prepare(connection,
                "SELECT y.year, y.months" + covered + " AND (y.year = (SELECT MIN(y.year)" + covered + ")"
                        + " OR y.year = (SELECT MAX(y.year)" + covered + "))",
                insurance.name(), creditCode, insurance.name(), creditCode, insurance.name(), creditCode);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                int year = rows.getInt(1);
                String months = rows.getString(2);
                for (int month = 1; month <= 12; month++) {
                    if (MonthCodes.state(months.charAt(month - 1)).contributed()) {
                        YearMonth current = YearMonth.of(year, month);
                        paidFrom = paidFrom == null || current.isBefore(paidFrom) ? current : paidFrom;
                        paidTo = paidTo == null || current.isAfter(paidTo) ? current : paidTo;
                    }
                }
            }
        }
        if (paidFrom == null) {
            return Optional.empty();
        }
        int headcount;
        try (PreparedStatement statement = BusinessDatabase.prepare(connection,
                "SELECT COUNT(*)" + covered + " AND y.year = ?", insurance.name(), creditCode, asOf.getYear());
             ResultSet row = statement.executeQuery()) {
            row.next();
            headcount = row.getInt(1);
        }
        InsuranceStatus status = inArrears ? InsuranceStatus.IN_ARREARS
                : headcount > 0 ? InsuranceStatus.CONTRIBUTING : InsuranceStatus.SUSPENDED;
        return Optional.of(new UnitInsurance(insurance, status, headcount, paidFrom, paidTo));
    }

    private ContributionHistory history(Connection connection, String idNumber) throws SQLException, BusinessException {
        Person person = JdbcPeople.person(connection, idNumber);
        YearMonth asOf = YearMonth.now(clock);
        List<ContributionYear> years = new ArrayList<>();
        try (PreparedStatement statement = BusinessDatabase.prepare(connection,
                "SELECT y.year, y.credit_code, u.name, y.monthly_base_fen, y.months FROM business_contribution_year y"
                        + " JOIN business_unit u ON u.credit_code = y.credit_code WHERE y.id_number = ? ORDER BY y.year",
                idNumber);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                years.add(new ContributionYear(rows.getInt(1), new Unit(rows.getString(2), rows.getString(3)),
                        BigDecimal.valueOf(rows.getLong(4), 2), MonthCodes.states(rows.getString(5))));
            }
        }
        Map<Insurance, Integer> starts = new EnumMap<>(Insurance.class);
        try (PreparedStatement statement = BusinessDatabase.prepare(connection,
                "SELECT insurance, from_year FROM business_insurance_start WHERE id_number = ?", idNumber);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                starts.put(Insurance.valueOf(rows.getString(1)), rows.getInt(2));
            }
        }
        List<InsuranceRecord> insurances = new ArrayList<>();
        for (Map.Entry<Insurance, Integer> start : starts.entrySet()) {
            List<ContributionYear> covered = years.stream().filter(y -> y.year() >= start.getValue()).toList();
            insurances.add(new InsuranceRecord(start.getKey(), status(covered, asOf), covered));
        }
        return new ContributionHistory(person, asOf, insurances);
    }

    /** Owing any month is 欠费; paying for last month or this one is 正常缴费; anything else is 暂停参保. */
    private static InsuranceStatus status(List<ContributionYear> years, YearMonth asOf) {
        boolean owes = years.stream().flatMap(y -> y.months().stream()).anyMatch(s -> s == PaymentState.IN_ARREARS);
        if (owes) {
            return InsuranceStatus.IN_ARREARS;
        }
        for (YearMonth month : List.of(asOf, asOf.minusMonths(1))) {
            boolean paid = years.stream().anyMatch(y -> y.year() == month.getYear()
                    && y.state(month.getMonthValue()).contributed());
            if (paid) {
                return InsuranceStatus.CONTRIBUTING;
            }
        }
        return InsuranceStatus.SUSPENDED;
    }

    private static boolean exists(Connection connection, String sql, String key) throws SQLException {
        try (PreparedStatement statement = BusinessDatabase.prepare(connection, sql, key);
             ResultSet row = statement.executeQuery()) {
            return row.next();
        }
    }
}
