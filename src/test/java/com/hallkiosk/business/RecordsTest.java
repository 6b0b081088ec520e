package com.hallkiosk.business;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallkiosk.business.demo.DemoPerson;
import com.hallkiosk.business.demo.DemoUnit;
import com.hallkiosk.certificate.CertificateType;
import com.hallkiosk.certificate.content.Insurance;
import com.hallkiosk.certificate.content.InsuranceStatus;
import com.hallkiosk.certificate.content.PensionReceipt.PensionStatus;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The read side and the applications, on one loaded database (the tests that write use people of their own). */
class RecordsTest {
    @TempDir
    static Path directory;
    private static BusinessFixture fixture;
    private static BusinessSystem business;

    @BeforeAll
    static void load() throws Exception {
        fixture = new BusinessFixture(directory);
        business = fixture.system();
    }

    @Test
    void personByIdNumberGivesTheGeneratedPersonMasked() throws Exception {
        DemoPerson demo = fixture.first(p -> true);

        Person person = business.personByIdNumber(demo.person().idNumber());

        assertThat(person).isEqualTo(demo.person());
        assertThat(person.maskedIdNumber()).matches("\\d{6}\\*{8}\\d{3}[\\dX]");
        assertThat(person.maskedName()).hasSize(1 + Character.charCount(person.name().codePointAt(0)) + 2);
        assertThat(person.toString()).doesNotContain(person.idNumber()).doesNotContain(person.name().substring(1));
    }

    @Test
    void contributionsGiveEachInsuranceWithItsYearsBasesAndMonths() throws Exception {
        DemoPerson demo = fixture.first(p -> p.years().size() > 5 && p.insuranceFromYear().size() == 3
                && p.years().stream().noneMatch(y -> y.months().contains("A")) && p.separation().isEmpty()
                && p.pension().isEmpty());

        ContributionHistory history = business.contributions(demo.person().idNumber());

        assertThat(history.insurances()).extracting(InsuranceRecord::insurance)
                .containsExactly(Insurance.PENSION, Insurance.UNEMPLOYMENT, Insurance.WORK_INJURY);
        InsuranceRecord pension = history.insurance(Insurance.PENSION).orElseThrow();
        long expectedMonths = demo.years().stream().flatMapToInt(y -> y.months().chars()).filter(c -> c == 'P' || c == 'B').count();
        assertThat(pension.cumulativeMonths()).isEqualTo(expectedMonths);
        assertThat(pension.status()).isEqualTo(InsuranceStatus.CONTRIBUTING);
        assertThat(pension.years()).hasSameSizeAs(demo.years());
        ContributionYear first = pension.years().get(0);
        assertThat(first.monthlyBase()).isEqualByComparingTo(BigDecimal.valueOf(demo.years().get(0).monthlyBaseFen(), 2));
        assertThat(first.unit().name()).endsWith("有限公司");
        assertThat(pension.firstMonth()).isPresent();
        int unemploymentFrom = demo.insuranceFromYear().get(Insurance.UNEMPLOYMENT);
        assertThat(history.insurance(Insurance.UNEMPLOYMENT).orElseThrow().years())
                .allSatisfy(y -> assertThat(y.year()).isGreaterThanOrEqualTo(unemploymentFrom));
        assertThat(pension.continuousMonthsAtEnd()).isPositive().isLessThanOrEqualTo(pension.cumulativeMonths());
    }

    @Test
    void aPersonWhoOwesIsInArrears() throws Exception {
        DemoPerson demo = fixture.first(p -> p.years().stream().anyMatch(y -> y.months().contains("A")));

        assertThat(business.contributions(demo.person().idNumber()).insurance(Insurance.PENSION).orElseThrow().status())
                .isEqualTo(InsuranceStatus.IN_ARREARS);
    }

    @Test
    void thePensionAccountGrowsByTheContributionsAndInterest() throws Exception {
        DemoPerson demo = fixture.first(p -> p.years().size() > 3);

        List<PensionAccountYear> account = business.pensionAccount(demo.person().idNumber());

        assertThat(account).hasSameSizeAs(demo.years());
        PensionAccountYear second = account.get(1);
        assertThat(second.balance()).isEqualByComparingTo(
                account.get(0).balance().add(second.personalContribution()).add(second.interest()));
        assertThat(second.interest()).isPositive();
    }

    @Test
    void aPensionerHasThePensionYearByYearAndItsCertificate() throws Exception {
        DemoPerson demo = fixture.first(p -> p.pension().isPresent()
                && p.pension().get().firstMonth().getYear() < 2024);

        Pension pension = business.pension(demo.person().idNumber()).orElseThrow();

        assertThat(pension.firstMonth()).isEqualTo(demo.pension().get().firstMonth());
        assertThat(pension.years().get(0).monthlyAmount()).isEqualByComparingTo(BigDecimal.valueOf(demo.pension().get().initialFen(), 2));
        assertThat(pension.monthlyAmount()).isGreaterThan(pension.years().get(0).monthlyAmount());
        assertThat(pension.years().get(pension.years().size() - 1).months()).isEqualTo(6);
        assertThat(business.certificatesFor(demo.person().idNumber())).contains(CertificateType.PENSION_RECEIPT,
                CertificateType.PERSONAL_CONTRIBUTION, CertificateType.RIGHTS_RECORD);
    }

    @Test
    void someoneWithoutContributionsGetsNoCertificateButMayStillBeAsked() throws Exception {
        DemoPerson demo = fixture.first(p -> p.years().isEmpty());
        String id = demo.person().idNumber();

        assertThat(business.certificatesFor(id)).doesNotContain(CertificateType.PERSONAL_CONTRIBUTION,
                CertificateType.PENSION_RECEIPT);
        assertThat(business.contributions(id).insurances()).isEmpty();
        assertThat(business.pension(id)).isEmpty();
        assertThatThrownBy(() -> business.certificatesFor("110101199001011237"))
                .isInstanceOf(BusinessException.UnknownPerson.class);
    }

    @Test
    void aLegalRepresentativeSeesTheirUnitsRecordAndNoOneElseDoes() throws Exception {
        DemoUnit unit = fixture.population.units().get(0);
        String representative = fixture.population.person(unit.representativeIndex()).person().idNumber();
        String stranger = fixture.first(p -> !p.person().idNumber().equals(representative)).person().idNumber();

        assertThat(business.unitsRepresentedBy(representative)).extracting(Unit::creditCode).contains(unit.creditCode());
        assertThat(business.certificatesFor(representative)).contains(CertificateType.UNIT);
        UnitRecord record = business.unitRecord(representative, unit.creditCode());

        assertThat(record.unit().name()).isEqualTo(unit.name());
        assertThat(record.inArrears()).isEqualTo(unit.inArrears());
        assertThat(record.insurances()).extracting(UnitRecord.UnitInsurance::insurance).contains(Insurance.PENSION);
        UnitRecord.UnitInsurance pension = record.insurances().get(0);
        assertThat(pension.paidFrom()).isBeforeOrEqualTo(pension.paidTo());
        assertThat(pension.headcount()).isPositive();
        assertThat(unit.creditCode()).matches("91\\d{15}[0-9A-HJ-NPQRTUWXY]");
        assertThatThrownBy(() -> business.unitRecord(stranger, unit.creditCode()))
                .isInstanceOf(BusinessException.NotRepresentative.class);
    }

    @Test
    void entitlementsSayWhenEachCertificationIsDueAndACertificationMovesIt() throws Exception {
        DemoPerson demo = fixture.first(p -> p.entitlements().stream().anyMatch(e -> e.kind() == BenefitKind.EMPLOYEE_PENSION
                && e.suspendedBecause().isEmpty()));
        String id = demo.person().idNumber();

        List<Entitlement> entitlements = business.entitlements(id);
        Entitlement certified = business.recordCertification(id, BenefitKind.EMPLOYEE_PENSION);

        assertThat(entitlements).extracting(Entitlement::kind).contains(BenefitKind.EMPLOYEE_PENSION);
        assertThat(certified.lastCertified()).contains(BusinessFixture.AS_OF);
        assertThat(certified.dueBy()).isEqualTo(LocalDate.of(2028, 5, 31));
        assertThatThrownBy(() -> business.recordCertification(id, BenefitKind.DEPENDANTS))
                .isInstanceOf(BusinessException.NothingToDo.class);
    }

    @Test
    void aSuspendedPensionIsNotCertified() throws Exception {
        DemoPerson demo = fixture.first(p -> p.entitlements().stream().anyMatch(e -> e.suspendedBecause().isPresent()));

        assertThatThrownBy(() -> business.recordCertification(demo.person().idNumber(), BenefitKind.EMPLOYEE_PENSION))
                .isInstanceOf(BusinessException.NothingToDo.class).hasMessageContaining("suspended");
    }

    @Test
    void cyclesFollowTheSeeds() {
        assertThat(CertificationCycles.nextDue(BenefitKind.EMPLOYEE_PENSION, LocalDate.of(2026, 5, 31)))
                .isEqualTo(LocalDate.of(2027, 5, 31));
        assertThat(CertificationCycles.nextDue(BenefitKind.EMPLOYEE_PENSION, LocalDate.of(2026, 6, 1)))
                .isEqualTo(LocalDate.of(2028, 5, 31));
        assertThat(CertificationCycles.nextDue(BenefitKind.RESIDENT_PENSION, LocalDate.of(2026, 6, 30)))
                .isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(CertificationCycles.nextDue(BenefitKind.RESIDENT_PENSION, LocalDate.of(2026, 7, 1)))
                .isEqualTo(LocalDate.of(2027, 6, 30));
    }

    @Test
    void aSeparationGivesItsUnitReasonAndRegistration() throws Exception {
        DemoPerson demo = fixture.first(p -> p.separation().isPresent() && p.separation().get().registeredUnemployedOn().isPresent());

        Separation separation = business.separation(demo.person().idNumber()).orElseThrow();

        assertThat(separation.separatedOn()).isEqualTo(demo.separation().get().separatedOn());
        assertThat(separation.reason()).isEqualTo(demo.separation().get().reason());
        assertThat(separation.registeredUnemployed()).isTrue();
        assertThat(separation.unit().creditCode()).hasSize(18);
        assertThat(business.separation(fixture.first(p -> p.separation().isEmpty()).person().idNumber())).isEmpty();
    }

    @Test
    void skillCertificatesAndApplicationsAreRecordedOnce() throws Exception {
        DemoPerson demo = fixture.first(p -> !p.skillCertificates().isEmpty());
        String id = demo.person().idNumber();
        List<SkillCertificate> certificates = business.skillCertificates(id);
        assertThat(certificates).containsExactlyInAnyOrderElementsOf(demo.skillCertificates());
        String subject = certificates.get(0).occupation() + "/" + certificates.get(0).level().name();

        Application application = business.submit(id, ApplicationKind.SKILL_UPGRADE_SUBSIDY, subject);

        assertThat(application.applicationNumber()).matches("SQ20260615[0-9A-F]{10}");
        assertThat(business.applications(id)).containsExactly(application);
        assertThatThrownBy(() -> business.submit(id, ApplicationKind.SKILL_UPGRADE_SUBSIDY, subject))
                .isInstanceOf(BusinessException.DuplicateApplication.class);
        assertThat(business.applications(id)).hasSize(1);
        assertThatThrownBy(() -> business.submit("110101199001011237", ApplicationKind.UNEMPLOYMENT_BENEFIT, "x"))
                .isInstanceOf(BusinessException.UnknownPerson.class);
        assertThat(Optional.of(business.skillCertificates(fixture.first(p -> p.skillCertificates().isEmpty())
                .person().idNumber()))).contains(List.of());
    }

    @Test
    void aPensionStatusIsOneOfTheCertificates() {
        assertThat(fixture.population.people().flatMap(p -> p.pension().stream()).map(p -> p.status()).distinct())
                .contains(PensionStatus.PAID);
        assertThat(YearMonth.from(BusinessFixture.AS_OF)).isEqualTo(YearMonth.of(2026, 6));
    }
}
