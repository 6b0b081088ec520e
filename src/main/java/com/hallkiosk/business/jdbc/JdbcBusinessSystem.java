package com.hallkiosk.business.jdbc;

import com.hallkiosk.business.Application;
import com.hallkiosk.business.ApplicationKind;
import com.hallkiosk.business.BenefitKind;
import com.hallkiosk.business.BusinessException;
import com.hallkiosk.business.BusinessSystem;
import com.hallkiosk.business.Card;
import com.hallkiosk.business.ContributionHistory;
import com.hallkiosk.business.Entitlement;
import com.hallkiosk.business.FaceMatch;
import com.hallkiosk.business.FaceSample;
import com.hallkiosk.business.LossKind;
import com.hallkiosk.business.Pension;
import com.hallkiosk.business.PensionAccountYear;
import com.hallkiosk.business.Person;
import com.hallkiosk.business.Separation;
import com.hallkiosk.business.SkillCertificate;
import com.hallkiosk.business.Unit;
import com.hallkiosk.business.UnitRecord;
import com.hallkiosk.certificate.CertificateType;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The reference {@link BusinessSystem}: the central's own tables (migrated with {@link BusinessDatabase#migrate}),
 * one area per class behind this front. Holds no state of its own, so any number of central processes can
 * serve one database.
 */
public final class JdbcBusinessSystem implements BusinessSystem {
    private final JdbcPeople people;
    private final JdbcContributions contributions;
    private final JdbcCards cards;
    private final JdbcBenefits benefits;
    private final JdbcApplications applications;

    public JdbcBusinessSystem(DataSource dataSource, Clock clock, SecureRandom random, int pinIterations) {
        BusinessDatabase database = new BusinessDatabase(dataSource);
        this.people = new JdbcPeople(database);
        this.contributions = new JdbcContributions(database, clock);
        this.cards = new JdbcCards(database, new PinHashes(random, pinIterations), clock);
        this.benefits = new JdbcBenefits(database, clock);
        this.applications = new JdbcApplications(database, clock, random);
    }

    public JdbcBusinessSystem(DataSource dataSource, Clock clock) {
        this(dataSource, clock, new SecureRandom(), PinHashes.DEFAULT_ITERATIONS);
    }

    @Override
    public Person personByIdNumber(String idNumber) throws BusinessException {
        return people.personByIdNumber(idNumber);
    }

    @Override
    public Person personByCardNumber(String cardNumber) throws BusinessException {
        return people.personByCardNumber(cardNumber);
    }

    @Override
    public ContributionHistory contributions(String idNumber) throws BusinessException {
        return contributions.contributions(idNumber);
    }

    @Override
    public List<PensionAccountYear> pensionAccount(String idNumber) throws BusinessException {
        return contributions.pensionAccount(idNumber);
    }

    @Override
    public Optional<Pension> pension(String idNumber) throws BusinessException {
        return contributions.pension(idNumber);
    }

    @Override
    public Set<CertificateType> certificatesFor(String idNumber) throws BusinessException {
        return contributions.certificatesFor(idNumber);
    }

    @Override
    public List<Unit> unitsRepresentedBy(String idNumber) throws BusinessException {
        return contributions.unitsRepresentedBy(idNumber);
    }

    @Override
    public UnitRecord unitRecord(String representativeIdNumber, String creditCode) throws BusinessException {
        return contributions.unitRecord(representativeIdNumber, creditCode);
    }

    @Override
    public Card cardOf(String idNumber) throws BusinessException {
        return cards.cardOf(idNumber);
    }

    @Override
    public Card cardByNumber(String cardNumber) throws BusinessException {
        return cards.cardByNumber(cardNumber);
    }

    @Override
    public Card activate(String cardNumber, String idNumber, char[] newPin) throws BusinessException {
        return cards.activate(cardNumber, idNumber, newPin);
    }

    @Override
    public Card reportLoss(String idNumber, LossKind kind) throws BusinessException {
        return cards.reportLoss(idNumber, kind);
    }

    @Override
    public Card unlock(String cardNumber, String idNumber) throws BusinessException {
        return cards.unlock(cardNumber, idNumber);
    }

    @Override
    public Card verifyPin(String cardNumber, char[] pin) throws BusinessException {
        return cards.verifyPin(cardNumber, pin);
    }

    @Override
    public Card changePin(String cardNumber, char[] oldPin, char[] newPin) throws BusinessException {
        return cards.changePin(cardNumber, oldPin, newPin);
    }

    @Override
    public Card resetPin(String cardNumber, String idNumber, char[] newPin) throws BusinessException {
        return cards.resetPin(cardNumber, idNumber, newPin);
    }

    @Override
    public Card cancel(String cardNumber, String idNumber) throws BusinessException {
        return cards.cancel(cardNumber, idNumber);
    }

    @Override
    public List<Entitlement> entitlements(String idNumber) throws BusinessException {
        return benefits.entitlements(idNumber);
    }

    @Override
    public Entitlement recordCertification(String idNumber, BenefitKind kind) throws BusinessException {
        return benefits.recordCertification(idNumber, kind);
    }

    @Override
    public FaceMatch compareFace(String idNumber, FaceSample sample) throws BusinessException {
        return benefits.compareFace(idNumber, sample);
    }

    @Override
    public Optional<Separation> separation(String idNumber) throws BusinessException {
        return applications.separation(idNumber);
    }

    @Override
    public List<SkillCertificate> skillCertificates(String idNumber) throws BusinessException {
        return applications.skillCertificates(idNumber);
    }

    @Override
    public List<Application> applications(String idNumber) throws BusinessException {
        return applications.applications(idNumber);
    }

    @Override
    public Application submit(String idNumber, ApplicationKind kind, String subject) throws BusinessException {
        return applications.submit(idNumber, kind, subject);
    }
}
