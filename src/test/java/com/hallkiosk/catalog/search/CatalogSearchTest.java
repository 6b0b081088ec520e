package com.hallkiosk.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallkiosk.catalog.CuratedCatalogFixture;
import com.hallkiosk.catalog.model.Catalog;
import com.hallkiosk.catalog.model.Region;
import com.hallkiosk.catalog.search.SearchField.FieldTier;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

/** The guide's search over the curated catalog, region by region. */
class CatalogSearchTest {
    private final Catalog catalog = CuratedCatalogFixture.catalog();
    private final CatalogSearch search = CatalogSearch.of(catalog, new PinyinReadings());

    @Test
    void sbkAndShebaokaFindEverySocialSecurityCardItemByNameFirst() {
        for (String regionId : List.of("anshan-tiedong", "fushun", "shandong")) {
            Region region = CuratedCatalogFixture.region(catalog, regionId);
            List<String> cardItems = region.items().stream().filter(item -> item.name().contains("社会保障卡"))
                    .map(item -> item.id()).toList();
            assertThat(cardItems).as(regionId).isNotEmpty();
            for (String query : List.of("sbk", "shebaoka", "社保卡")) {
                SearchResult result = search.search(regionId, query, 100);
                List<String> nameHits = result.hits().stream().filter(hit -> hit.field().tier() == FieldTier.NAME)
                        .map(hit -> hit.entry().id()).toList();
                assertThat(nameHits).as(regionId + " " + query).containsAll(cardItems);
                assertThat(result.hits().subList(0, cardItems.size())).as("card items come first")
                        .allSatisfy(hit -> assertThat(hit.field().tier()).isEqualTo(FieldTier.NAME));
            }
        }
    }

    @Test
    void guashiFindsTheLossReportFirstInEveryRegionThatHasOne() {
        assertThat(search.search("anshan-tiedong", "guashi", 5).hits().get(0).entry().id()).isEqualTo("anshan-tiedong-27");
        assertThat(search.search("fushun", "guashi", 5).hits().get(0).entry().id()).isEqualTo("fushun-38");
        assertThat(search.search("shandong", "guashi", 5).hits().get(0).entry().id()).isEqualTo("shandong-26");
    }

    @Test
    void regionsAreSearchedApart() {
        assertThat(search.search("haicheng", "sbk", 50).hits())
                .allSatisfy(hit -> assertThat(hit.entry().id()).startsWith("haicheng-"));
        assertThat(search.search("haicheng", "注销", 5).hits().get(0).entry().id()).isEqualTo("haicheng-2");
    }

    @Test
    void packagesAreFoundBesideItems() {
        SearchResult result = search.search("fushun", "打包", 20);
        assertThat(result.total()).isZero();
        SearchHit hit = search.search("fushun", "shiyefuwubao", 5).hits().get(0);
        assertThat(hit.entry().kind()).isEqualTo(SearchEntry.EntryKind.PACKAGE);
        assertThat(hit.entry().title()).isEqualTo("失业服务包");
    }

    @Test
    void anUnknownRegionIsAnError() {
        assertThatThrownBy(() -> search.search("beijing", "sbk", 5)).isInstanceOf(NoSuchElementException.class);
    }
}
