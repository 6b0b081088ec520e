package com.hallkiosk.items.activation;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.catalog.CuratedCatalogFixture;
import com.hallkiosk.catalog.model.Catalog;
import org.junit.jupiter.api.Test;

/** The region's own words on activating the card's bank function, quoted by the activation where the catalog has them. */
class BankWordingTest {
    private static final Catalog CATALOG = CuratedCatalogFixture.catalog();

    @Test
    void fushunSaysTheBankFunctionNeedsActivating() {
        // 001 #22, #23, #26: "社保卡银行功能需要激活。"
        assertThat(ActivationItem.bankWording(CuratedCatalogFixture.region(CATALOG, "fushun"))).contains("社保卡银行功能需要激活。");
    }

    @Test
    void haichengSendsTheNewCardToTheIssuingBank() {
        // 002 #1 tips, the last of its sentences.
        assertThat(ActivationItem.bankWording(CuratedCatalogFixture.region(CATALOG, "haicheng")))
                .contains("社会保障卡申领成功后务必到发卡银行办理激活业务。");
    }

    @Test
    void anshanAndShandongHaveNoSuchSentence() {
        assertThat(ActivationItem.bankWording(CuratedCatalogFixture.region(CATALOG, "anshan-tiedong"))).isEmpty();
        assertThat(ActivationItem.bankWording(CuratedCatalogFixture.region(CATALOG, "shandong"))).isEmpty();
    }
}
