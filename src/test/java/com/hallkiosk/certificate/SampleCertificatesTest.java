package com.hallkiosk.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.certificate.content.CertificateContent;
import com.hallkiosk.certificate.content.Holder;
import com.hallkiosk.certificate.content.PaymentState;
import com.hallkiosk.certificate.content.PersonalContribution;
import com.hallkiosk.certificate.content.TemplateValues;
import com.hallkiosk.certificate.sample.SampleCertificates;
import com.hallkiosk.identity.IdNumbers;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class SampleCertificatesTest {
    @Test
    void everyTypeHasSampleDataThatFillsItsSchema() {
        for (CertificateType type : CertificateType.values()) {
            CertificateContent content = SampleCertificates.of(type, null);
            TemplateValues values = content.values();
            assertThat(content.type()).isEqualTo(type);
            assertThat(values.fields().keySet()).isEqualTo(CertificateContent.schema(type).fields());
            assertThat(values.tables().keySet()).isEqualTo(CertificateContent.schema(type).tables().keySet());
        }
    }

    @Test
    void theCertificateShowsTheIdentityNumberMaskedAndNeverWhole() {
        TemplateValues values = SampleCertificates.of(CertificateType.PERSONAL_CONTRIBUTION, null).values();
        assertThat(values.fields()).containsEntry("idNumber", "210302********0236").containsEntry("holderName", "张堃");
        assertThat(values.toString()).doesNotContain("210302197905140236").doesNotContain("张堃");
        assertThat(IdNumbers.hasValidCheckDigit("210302197905140236")).isTrue();
    }

    @Test
    void cumulativeMonthsAreTheMonthsContributedInTheYearTable() {
        PersonalContribution record = SampleCertificates.personalContribution(new Holder("张堃", "210302197905140236"),
                YearMonth.of(2008, 3));
        long contributed = record.years().stream().flatMap(year -> year.months().stream())
                .filter(PaymentState::contributed).count();
        assertThat(record.insurances()).allSatisfy(insurance -> assertThat(insurance.cumulativeMonths()).isEqualTo(contributed));
        assertThat(record.years()).hasSize(2026 - 2008 + 1);
        assertThat(record.values().tables().get("years").get(0)).containsEntry("m1", "—").containsEntry("m3", "√")
                .containsEntry("monthsContributed", "10");
    }

    @Test
    void aNameReplacesTheSamples() {
        assertThat(SampleCertificates.of(CertificateType.UNIT, "某某有限公司").values().fields()).containsEntry("unitName", "某某有限公司");
        assertThat(SampleCertificates.of(CertificateType.PENSION_RECEIPT, "李䶮").values().fields()).containsEntry("holderName", "李䶮");
    }
}
