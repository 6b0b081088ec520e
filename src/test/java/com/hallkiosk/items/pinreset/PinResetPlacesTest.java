package com.hallkiosk.items.pinreset;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.catalog.CuratedCatalogFixture;
import com.hallkiosk.catalog.model.Catalog;
import org.junit.jupiter.api.Test;

/** Where a PIN is reset, as each region's curated catalog says it (only 003 pkg 10 does). */
class PinResetPlacesTest {
    private static final Catalog CATALOG = CuratedCatalogFixture.catalog();

    private static PinResetPlaces places(String regionId, boolean here) {
        return PinResetPlaces.of(CuratedCatalogFixture.region(CATALOG, regionId), here);
    }

    @Test
    void fushunQuotesThePackagesResetProcedureWithoutItsHeading() {
        PinResetPlaces fushun = places("fushun", false);
        assertThat(fushun.windowProcedure()).contains("申请人携带社保卡和本人有效身份证件到社保卡管理大厅任意服务窗口办理密码重置手续。"
                + "若代办需同时携带代办人身份证。（新宾、清原两县可到县就业局服务大厅办理。）");
        assertThat(fushun.words()).startsWith("到窗口重置密码：申请人携带社保卡").doesNotContain("这台机器", "没有写明");
    }

    @Test
    void theResetItemOfThisKioskComesFirstWhenItIsOn() {
        assertThat(places("fushun", true).words())
                .startsWith("可以在这台机器上办理“社会保障卡密码重置”，要用本人身份证和这张社保卡。也可以到窗口重置：申请人携带社保卡");
    }

    @Test
    void aRegionWhoseGuideIsSilentFollowsThePackageAndSaysSo() {
        for (String region : new String[] {"anshan-tiedong", "haicheng", "shandong"}) {
            PinResetPlaces silent = places(region, false);
            assertThat(silent.windowProcedure()).as(region).isEmpty();
            assertThat(silent.words()).as(region).isEqualTo(
                    "本地区的办事指南没有写明密码在哪里重置，请带这张社保卡和本人有效身份证件到社保卡服务窗口办理。");
        }
    }
}
