package com.hallkiosk.catalog.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.catalog.search.SearchEntry.EntryKind;
import com.hallkiosk.catalog.search.SearchField.FieldTier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchIndexTest {
    private static final PinyinReadings PINYIN = new PinyinReadings();

    private static SearchEntry entry(String id, String name, String... materials) {
        List<SearchField> fields = new ArrayList<>();
        fields.add(new SearchField(FieldTier.NAME, name));
        for (String material : materials) {
            fields.add(new SearchField(FieldTier.MATERIAL, material));
        }
        return new SearchEntry(id, EntryKind.ITEM, name, fields);
    }

    private static List<String> ids(SearchIndex index, String query) {
        return index.search(query, 50).hits().stream().map(hit -> hit.entry().id()).toList();
    }

    private final SearchIndex polyphones = SearchIndex.build(List.of(
            entry("chongxin", "重新申领"),
            entry("zhongyao", "重要材料"),
            entry("yinhang", "银行卡复印件"),
            entry("xingzheng", "行政审批")), PINYIN);

    @Test
    void everyReadingOfAPolyphonicCharacterMatches() {
        assertThat(ids(polyphones, "chongxin")).containsExactly("chongxin");
        assertThat(ids(polyphones, "zhongxin")).containsExactly("chongxin");
        assertThat(ids(polyphones, "zhongyao")).containsExactly("zhongyao");
        assertThat(ids(polyphones, "chongyao")).containsExactly("zhongyao");
        assertThat(ids(polyphones, "yinhang")).containsExactly("yinhang");
        assertThat(ids(polyphones, "xingzheng")).containsExactly("xingzheng");
        assertThat(ids(polyphones, "hangzheng")).containsExactly("xingzheng");
        assertThat(ids(polyphones, "hang")).containsExactlyInAnyOrder("yinhang", "xingzheng");
    }

    @Test
    void initialsMatchIncludingRetroflexInitials() {
        assertThat(ids(polyphones, "cx")).containsExactly("chongxin");
        assertThat(ids(polyphones, "zy")).containsExactly("zhongyao");
        assertThat(ids(polyphones, "zhy")).containsExactly("zhongyao");
        assertThat(ids(polyphones, "yhk")).containsExactly("yinhang");
        assertThat(ids(polyphones, "xzsp")).containsExactly("xingzheng");
    }

    private final SearchIndex cards = SearchIndex.build(List.of(
            entry("apply", "社保卡申领", "居民身份证原件"),
            entry("loss", "社保卡挂失与解挂", "有效身份证件"),
            entry("photo", "照片采集", "二寸白底彩色照片"),
            entry("address", "顺城区临江东路 19-10 号", "掌上 12333App")), PINYIN);

    @Test
    void fullPinyinInitialsAndMixturesFindTheSameText() {
        for (String query : List.of("社保卡", "shebaoka", "sbk", "shebk", "sbaoka", "社保k", "she bao ka", "SBK", "ＳＢＫ")) {
            assertThat(ids(cards, query)).as(query).containsExactly("apply", "loss");
        }
        assertThat(ids(cards, "guashi")).containsExactly("loss");
    }

    @Test
    void threeLettersFindLongerReadingsThatStartWithThemAndAFourthNarrowsThem() {
        SearchIndex index = SearchIndex.build(List.of(
                entry("shen", "申领登记"),
                entry("sheng", "省直机关"),
                entry("she", "社会保险")), PINYIN);
        assertThat(ids(index, "she")).containsExactly("shen", "sheng", "she");
        assertThat(ids(index, "shen")).containsExactly("shen", "sheng");
        assertThat(ids(index, "sheng")).containsExactly("sheng");
        assertThat(ids(index, "shenl")).containsExactly("shen");
        assertThat(ids(index, "shehui")).containsExactly("she");
        assertThat(ids(index, "shhb")).containsExactly("she");
        assertThat(ids(index, "sldj")).containsExactly("shen");
        assertThat(ids(index, "sdj")).isEmpty();
    }

    @Test
    void aLetterFollowedByACharacterMixesPinyinAndText() {
        assertThat(ids(cards, "b卡")).containsExactly("apply", "loss");
        assertThat(ids(cards, "社b卡")).containsExactly("apply", "loss");
    }

    @Test
    void runningTextMatchesOnlyAsWritten() {
        SearchIndex index = SearchIndex.build(List.of(new SearchEntry("conditions", EntryKind.ITEM, "失业保险金申领",
                List.of(new SearchField(FieldTier.NAME, "失业保险金申领"),
                        new SearchField(FieldTier.TEXT, "参保缴纳失业保险费累计不足12个月，包括失业前")))), PINYIN);
        assertThat(index.search("累计不足", 5).hits().get(0).field().tier()).isEqualTo(FieldTier.TEXT);
        assertThat(index.search("guashi", 5).total()).as("括 reads gua, but not in running text").isZero();
        assertThat(index.search("ljbz", 5).total()).isZero();
    }

    @Test
    void theLastSyllableMayBeUnfinished() {
        assertThat(ids(cards, "shebaok")).containsExactly("apply", "loss");
        assertThat(ids(cards, "gua")).containsExactly("loss");
        assertThat(ids(cards, "zhaop")).containsExactly("photo");
    }

    @Test
    void nameMatchesRankBeforeMaterialMatches() {
        SearchIndex index = SearchIndex.build(List.of(
                entry("material-first", "社会保障卡启用", "居民身份证"),
                entry("name-later", "身份证信息变更")), PINYIN);
        assertThat(ids(index, "身份证")).containsExactly("name-later", "material-first");
        assertThat(ids(index, "sfz")).containsExactly("name-later", "material-first");
    }

    @Test
    void aWholeNameRanksBeforeAPrefixBeforeAMatchInside() {
        SearchIndex index = SearchIndex.build(List.of(
                entry("inside", "个人参保证明"),
                entry("prefix", "参保证明查询"),
                entry("whole", "参保证明")), PINYIN);
        assertThat(ids(index, "参保证明")).containsExactly("whole", "prefix", "inside");
        assertThat(ids(index, "cbzm")).containsExactly("whole", "prefix", "inside");
    }

    @Test
    void spacesInTheTextDoNotStopAMatchAndHighlightsPointIntoTheText() {
        SearchHit hit = cards.search("19-10号", 5).hits().get(0);
        assertThat(hit.entry().id()).isEqualTo("address");
        assertThat(hit.field().text().substring(hit.start(), hit.end())).isEqualTo("19-10 号");
        SearchHit pinyin = cards.search("guashi", 5).hits().get(0);
        assertThat(pinyin.field().text().substring(pinyin.start(), pinyin.end())).isEqualTo("挂失");
    }

    @Test
    void digitsAndLatinLettersMatchAsWritten() {
        assertThat(ids(cards, "12333")).containsExactly("address");
        assertThat(ids(cards, "12333app")).containsExactly("address");
        assertThat(ids(cards, "zs12333")).containsExactly("address");
        assertThat(ids(cards, "zhangs12")).containsExactly("address");
        assertThat(ids(cards, "zhs1")).containsExactly("address");
        assertThat(ids(cards, "app")).containsExactly("address");
    }

    @Test
    void aSingleLetterFindsEveryTextWithACharacterReadThatWay() {
        // 照 in a name; then materials: 掌 at the start of its text before 证 inside the others.
        assertThat(ids(cards, "z")).containsExactly("photo", "address", "apply", "loss");
        assertThat(ids(cards, "q")).as("卡 also reads qia, 区 qu").containsExactly("apply", "loss", "address");
        assertThat(ids(cards, "w")).isEmpty();
    }

    @Test
    void emptyAndUnmatchedQueriesFindNothing() {
        assertThat(cards.search("   ", 5).total()).isZero();
        assertThat(cards.search("", 5).hits()).isEmpty();
        assertThat(cards.search("zzzzq", 5).total()).isZero();
        assertThat(cards.search("鑫", 5).total()).isZero();
    }

    @Test
    void theLimitCutsTheHitsButNotTheTotal() {
        SearchResult result = cards.search("s", 1);
        assertThat(result.hits()).hasSize(1);
        assertThat(result.total()).isEqualTo(4);
    }

    @Test
    void charactersOutsideTheBasicPlaneMatchLiterally() {
        SearchIndex index = SearchIndex.build(List.of(entry("rare", "𠀀字姓名登记")), PINYIN);
        assertThat(ids(index, "𠀀字")).containsExactly("rare");
        assertThat(ids(index, "zi")).containsExactly("rare");
    }
}
