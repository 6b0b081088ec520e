package com.hallkiosk.items.lossreport;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.catalog.CuratedCatalogFixture;
import com.hallkiosk.catalog.model.Catalog;
import org.junit.jupiter.api.Test;

/** The loss report's rules as each region's curated catalog gives them. */
class LossRulesTest {
    private static final Catalog CATALOG = CuratedCatalogFixture.catalog();

    private static LossRules rules(String regionId, String number) {
        return LossRules.of(CuratedCatalogFixture.region(CATALOG, regionId),
                CuratedCatalogFixture.item(CATALOG, regionId, number));
    }

    @Test
    void onlyShandongsTemporaryLossLiftsItself() {
        assertThat(rules("shandong", "26").autoLift()).contains("临时挂失后社会保障功能7天后自动解挂");
        assertThat(rules("anshan-tiedong", "27").autoLift()).isEmpty();
        assertThat(rules("fushun", "38").autoLift()).isEmpty();
    }

    @Test
    void aFormalLossIsOfferedWhereTheCatalogSaysWhereTheNewCardIsHad() {
        LossRules anshan = rules("anshan-tiedong", "27");
        assertThat(anshan.formalLossOffered()).isTrue();
        assertThat(anshan.replacementChannels()).contains("窗口办：鞍山市合作银行网点或铁东区人力资源和社会保障服务中心103科室（即时办结）",
                "自助办：合作银行网点（即时办结）");
        assertThat(rules("fushun", "38").formalLossOffered()).isTrue();
        assertThat(rules("shandong", "26").formalLossOffered()).isFalse();
    }

    @Test
    void theBankNoteComesFromTheCatalogWhereItHasOne() {
        assertThat(rules("shandong", "26").bankNotes())
                .containsExactly("社会保障卡金融功能临时挂失与解挂可拨打社会保障卡发卡银行服务电话办理。");
        assertThat(rules("fushun", "38").bankNotes()).isEmpty();
    }
}
