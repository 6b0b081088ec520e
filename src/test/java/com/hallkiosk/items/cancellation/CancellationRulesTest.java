package com.hallkiosk.items.cancellation;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.catalog.CuratedCatalogFixture;
import com.hallkiosk.catalog.model.Catalog;
import org.junit.jupiter.api.Test;

/** The cancellation's condition and bank sentences as the curated catalogs give them. */
class CancellationRulesTest {
    private static final Catalog CATALOG = CuratedCatalogFixture.catalog();

    @Test
    void shandongAsksForATransferOutAndSendsTheAccountsElsewhere() {
        CancellationRules shandong = CancellationRules.of(CuratedCatalogFixture.item(CATALOG, "shandong", "27"));
        assertThat(shandong.condition()).contains("转出统筹外人员。");
        assertThat(shandong.afterwards()).containsExactly(
                "社会保障卡（社会保障功能）注销是注销社会保障卡管理系统中卡片记录，银行账户和医疗保险个人账户业务需相关部门分别办理。");
    }

    @Test
    void haichengSendsTheFinancialPartToTheBank() {
        CancellationRules haicheng = CancellationRules.of(CuratedCatalogFixture.item(CATALOG, "haicheng", "2"));
        assertThat(haicheng.afterwards()).containsExactly("社会保障卡注销后请到银行办理注销金融业务。");
    }
}
