package com.hallkiosk.business.jdbc;

import com.hallkiosk.business.BenefitCertification;
import com.hallkiosk.business.BenefitKind;
import com.hallkiosk.business.BusinessException;
import com.hallkiosk.business.CertificationCycles;
import com.hallkiosk.business.Entitlement;
import com.hallkiosk.business.FaceMatch;
import com.hallkiosk.business.FaceSample;
import com.hallkiosk.face.FaceTemplate;
import com.hallkiosk.face.SyntheticFace;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

final class JdbcBenefits implements BenefitCertification {
    private static final String SELECT = "SELECT kind, last_certified, due_by, suspended_because FROM business_entitlement";

    private final BusinessDatabase database;
    private final Clock clock;

    JdbcBenefits(BusinessDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public List<Entitlement> entitlements(String idNumber) throws BusinessException {
        return database.read(connection -> {
            JdbcPeople.person(connection, idNumber);
            return select(connection, SELECT + " WHERE id_number = ? ORDER BY kind", idNumber);
        });
    }

    /** A suspended payment (a prohibited situation) is not certified: the person goes to a window. */
    @Override
    public Entitlement recordCertification(String idNumber, BenefitKind kind) throws BusinessException {
        LocalDate today = LocalDate.now(clock);
        return database.read(connection -> {
            JdbcPeople.person(connection, idNumber);
            try (PreparedStatement statement = BusinessDatabase.prepare(connection, "UPDATE business_entitlement"
                    + " SET last_certified = ?, due_by = ? WHERE id_number = ? AND kind = ? AND suspended_because IS NULL",
                    today.toString(), CertificationCycles.nextDue(kind, today).toString(), idNumber, kind.name())) {
                if (statement.executeUpdate() == 1) {
                    return select(connection, SELECT + " WHERE id_number = ? AND kind = ?", idNumber, kind.name()).get(0);
                }
            }
            List<Entitlement> existing = select(connection, SELECT + " WHERE id_number = ? AND kind = ?", idNumber, kind.name());
            throw new BusinessException.NothingToDo(existing.isEmpty()
                    ? "the person does not receive " + kind.chinese()
                    : "payment is suspended: " + existing.get(0).suspendedBecause().orElse(""));
        });
    }

    /**
     * The reference system's "photo on file" of a person is the drawn face of their identity number
     * ({@link SyntheticFace}), as the demo ID card's photo is derived from the person, compared by
     * {@link FaceTemplate#similarity}. A real deployment asks the province's face platform instead.
     */
    @Override
    public FaceMatch compareFace(String idNumber, FaceSample sample) throws BusinessException {
        database.read(connection -> JdbcPeople.person(connection, idNumber));
        if (sample.template().length != FaceTemplate.LENGTH) {
            throw new BusinessException.NothingToDo("the face sample is not a template of " + FaceTemplate.LENGTH
                    + " bytes");
        }
        int similarity = FaceTemplate.similarity(sample.template(), FaceTemplate.ofFrontal(SyntheticFace.of(idNumber)));
        return new FaceMatch(similarity >= FaceTemplate.MATCH_THRESHOLD, similarity, FaceTemplate.MATCH_THRESHOLD);
    }

    private static List<Entitlement> select(Connection connection, String sql, Object... keys) throws SQLException {
        List<Entitlement> entitlements = new ArrayList<>();
        try (PreparedStatement statement = BusinessDatabase.prepare(connection, sql, keys);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                entitlements.add(new Entitlement(BenefitKind.valueOf(rows.getString(1)),
                        Optional.ofNullable(rows.getString(2)).map(LocalDate::parse), LocalDate.parse(rows.getString(3)),
                        Optional.ofNullable(rows.getString(4))));
            }
        }
        return entitlements;
    }
}
