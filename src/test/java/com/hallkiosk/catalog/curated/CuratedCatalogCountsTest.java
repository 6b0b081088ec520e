package com.hallkiosk.catalog.curated;

import static com.hallkiosk.catalog.CuratedCatalogFixture.region;
import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.catalog.CuratedCatalogFixture;
import com.hallkiosk.catalog.model.Catalog;
import com.hallkiosk.catalog.model.Item;
import com.hallkiosk.catalog.model.Region;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The counts each source document gives for itself, asserted against the curated catalog. */
class CuratedCatalogCountsTest {
    private final Catalog catalog = CuratedCatalogFixture.catalog();

    @Test
    void regionsAreTheFourOfTheSeedsInOrder() {
        assertThat(catalog.regionIds()).containsExactly("anshan-tiedong", "fushun", "haicheng", "shandong");
        assertThat(region(catalog, "fushun").sources()).extracting(s -> s.file())
                .containsExactly("001_c35c5168487ab546.txt", "003_ac9b19a29b176cdc.txt");
    }

    @Test
    void anshanTiedongHas29ItemsIn11CategoriesAndTwoOffices() {
        Region anshan = region(catalog, "anshan-tiedong");
        assertThat(anshan.items()).hasSize(29);
        assertThat(numbers(anshan)).isEqualTo(oneTo(29));
        assertThat(anshan.categories()).hasSize(11);
        assertThat(anshan.offices()).hasSize(2);
    }

    @Test
    void fushunHas54ItemsIn12Categories26WindowsAnd10Packages() {
        Region fushun = region(catalog, "fushun");
        assertThat(fushun.items()).hasSize(54);
        assertThat(numbers(fushun)).isEqualTo(oneTo(54));
        assertThat(fushun.categories()).hasSize(12);
        assertThat(fushun.offices()).hasSize(26);
        assertThat(fushun.packages()).hasSize(10);
        assertThat(fushun.packages()).extracting(p -> p.number()).isEqualTo(oneTo(10));
    }

    @Test
    void haichengHas13ItemsIn7Categories() {
        Region haicheng = region(catalog, "haicheng");
        assertThat(haicheng.items()).hasSize(13);
        assertThat(numbers(haicheng)).isEqualTo(oneTo(13));
        assertThat(haicheng.categories()).hasSize(7);
    }

    @Test
    void shandongHas35ItemsWithoutCategories() {
        Region shandong = region(catalog, "shandong");
        assertThat(shandong.items()).hasSize(35);
        assertThat(numbers(shandong)).isEqualTo(oneTo(35));
        assertThat(shandong.items()).allSatisfy(item -> assertThat(item.category()).isNull());
    }

    @Test
    void prohibitionListsKeepEverySituation() {
        assertThat(situations("anshan-tiedong")).isEqualTo(8);
        assertThat(situations("fushun")).isEqualTo(27);
        assertThat(situations("haicheng")).isEqualTo(8);
    }

    @Test
    void everyItemHasASourceReferenceToItsOwnDocument() {
        for (Region region : catalog.regions()) {
            for (Item item : region.items()) {
                assertThat(region.sources()).extracting(s -> s.file()).contains(item.sourceRef().document());
                assertThat(item.sourceRef().number()).isEqualTo(item.number());
                assertThat(item.sourceRef().section()).isNotBlank();
            }
        }
    }

    private long situations(String regionId) {
        Region region = region(catalog, regionId);
        long linked = region.items().stream().flatMap(item -> item.prohibitions().stream())
                .map(p -> p.group() + "/" + p.number() + "/" + p.situation()).distinct().count();
        return linked + region.unlinkedProhibitions().size();
    }

    private static List<String> numbers(Region region) {
        return region.items().stream().map(Item::number).toList();
    }

    private static List<String> oneTo(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(Integer::toString).toList();
    }
}
