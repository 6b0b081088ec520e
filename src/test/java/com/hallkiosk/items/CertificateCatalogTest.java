package com.hallkiosk.items;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.certificate.content.Insurance;
import com.hallkiosk.config.ItemsConfig;
import com.hallkiosk.items.certificate.CertificateItem;
import com.hallkiosk.items.certificate.CertificateKind;
import com.hallkiosk.items.certificate.InsuranceScope;
import com.hallkiosk.items.certificate.pension.PensionCertificate;
import com.hallkiosk.items.certificate.personal.PersonalCertificate;
import com.hallkiosk.items.certificate.rights.RightsRecordCertificate;
import com.hallkiosk.items.certificate.unit.UnitCertificate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which region's catalog item each certificate is, found by the names the curated catalog gives it, whether
 * the catalog lets a terminal print it, and which insurances the region's certificate lists.
 */
class CertificateCatalogTest {
    private static final ItemsConfig HALL = new ItemsConfig(ItemsConfig.Profile.HALL, Map.of());

    private static CertificateKind kind(String name) {
        return switch (name) {
            case "personal" -> new PersonalCertificate(null, InsuranceScope.ALL);
            case "rights" -> new RightsRecordCertificate(null);
            case "pension" -> new PensionCertificate(null);
            case "unit" -> new UnitCertificate(null, InsuranceScope.ALL);
            default -> throw new IllegalArgumentException(name);
        };
    }

    @ParameterizedTest(name = "{0} in {1}: {2}, enabled {3}, pension only {4}")
    @CsvSource({
        // 000 #8, 001 #5, 004 #19: self-service in every region that has it; 002 (海城) has no certificate item.
        "personal, anshan-tiedong, anshan-tiedong-8, true, true",
        "personal, fushun, fushun-5, true, true",
        "personal, haicheng, -, false, false",
        "personal, shandong, shandong-19, true, false",
        // 004 #20: 线下办理 "参保单位至指定窗口办理。", no 自助服务机.
        "rights, shandong, shandong-20, false, false",
        "rights, anshan-tiedong, -, false, false",
        // 004 #35: "参保人或参保单位至自助机、指定窗口办理。"
        "pension, shandong, shandong-35, true, false",
        "pension, fushun, -, false, false",
        // 000 #7 self-service; 004 #18 only at a window; 001 #28 is the 机关事业单位 certificate, online only, another item.
        "unit, anshan-tiedong, anshan-tiedong-7, true, true",
        "unit, shandong, shandong-18, false, false",
        "unit, fushun, -, false, false",
    })
    void eachCertificateIsTheRegionsCatalogItemOfItsName(String kind, String region, String catalogId, boolean enabled,
                                                         boolean pensionOnly) {
        CertificateItem item = new CertificateItem(kind(kind), null, null, Optional.empty());
        EnabledItems.Decision decision = EnabledItems.decide(ItemsFixture.region(region), HALL, item);
        assertThat(decision.catalogItem().map(i -> i.id()).orElse("-")).isEqualTo(catalogId);
        assertThat(decision.enabled()).as(decision.reason()).isEqualTo(enabled);
        assertThat(decision.catalogItem().map(InsuranceScope::of).flatMap(InsuranceScope::only))
                .isEqualTo(pensionOnly ? Optional.of(Insurance.PENSION) : Optional.empty());
    }
}
