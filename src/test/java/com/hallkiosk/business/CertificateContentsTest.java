package com.hallkiosk.business;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.business.demo.DemoPerson;
import com.hallkiosk.business.demo.DemoUnit;
import com.hallkiosk.certificate.content.PensionReceipt;
import com.hallkiosk.certificate.content.PersonalContribution;
import com.hallkiosk.certificate.content.RightsRecord;
import com.hallkiosk.certificate.content.TemplateValues;
import com.hallkiosk.certificate.content.UnitContribution;
import com.hallkiosk.privacy.PersonalDataMasking;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each certificate filled from the business system alone, through the certificates' own value schemas. */
class CertificateContentsTest {
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
    void personalContributionAndRightsRecordComeFromTheContributions() throws Exception {
        DemoPerson demo = fixture.first(p -> p.years().size() > 5 && p.pension().isEmpty());
        String id = demo.person().idNumber();
        ContributionHistory history = business.contributions(id);

        PersonalContribution personal = CertificateContents.personalContribution(history);
        RightsRecord rights = CertificateContents.rightsRecord(history, business.pensionAccount(id),
                YearMonth.of(2025, 1), YearMonth.of(2025, 12));

        TemplateValues values = personal.values();
        assertThat(values.fields().get("idNumber")).isEqualTo(PersonalDataMasking.idNumber(id));
        assertThat(values.tables().get("years")).hasSameSizeAs(demo.years());
        assertThat(personal.years()).hasSameSizeAs(demo.years());
        assertThat(personal.insurances().get(0).cumulativeMonths())
                .isEqualTo(history.insurances().get(0).cumulativeMonths());
        assertThat(rights.values().tables().get("insurances")).hasSameSizeAs(history.insurances());
        assertThat(rights.pensionAccount()).allSatisfy(a -> assertThat(a.year()).isEqualTo(2025));
    }

    @Test
    void pensionReceiptComesFromThePension() throws Exception {
        DemoPerson demo = fixture.first(p -> p.pension().isPresent());

        PensionReceipt receipt = CertificateContents.pensionReceipt(business.personByIdNumber(demo.person().idNumber()),
                business.pension(demo.person().idNumber()).orElseThrow());

        assertThat(receipt.values().tables().get("years")).hasSameSizeAs(receipt.years());
        assertThat(receipt.firstMonth()).isEqualTo(demo.pension().get().firstMonth());
    }

    @Test
    void unitContributionOfAUnitInArrearsStopsAtItsLastPaidMonth() throws Exception {
        DemoUnit unit = fixture.population.units().stream().filter(DemoUnit::inArrears).findFirst()
                .orElse(fixture.population.units().get(0));
        String representative = fixture.population.person(unit.representativeIndex()).person().idNumber();
        UnitRecord record = business.unitRecord(representative, unit.creditCode());

        UnitContribution certificate = CertificateContents.unitContribution(record, YearMonth.of(2020, 1), YearMonth.of(2026, 6));

        assertThat(certificate.values().fields().get("unitName")).isEqualTo(unit.name());
        assertThat(certificate.insurances()).allSatisfy(i -> assertThat(i.paidFrom()).isAfterOrEqualTo(YearMonth.of(2020, 1)));
        if (record.inArrears()) {
            assertThat(certificate.periodTo()).isEqualTo(certificate.insurances().stream()
                    .map(UnitContribution.UnitInsurance::paidTo).max(YearMonth::compareTo).orElseThrow());
        }
    }
}
