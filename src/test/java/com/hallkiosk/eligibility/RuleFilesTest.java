package com.hallkiosk.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.hallkiosk.catalog.CuratedCatalogFixture;
import com.hallkiosk.catalog.model.Catalog;
import com.hallkiosk.catalog.model.Item;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped rule files are true to the seeds and the catalog; a bad file fails at load, naming file and field. */
class RuleFilesTest {
    private static final Map<String, String> SEEDS = Map.of("000", "000_e7e5fee8491cbd43.txt",
            "001", "001_c35c5168487ab546.txt", "004", "004_c8e6606881babb29.txt");
    private static final String GOOD_RULE = """
            {"id": "r1", "condition": {"type": "contribution-months", "insurance": "UNEMPLOYMENT",
             "measure": "cumulative", "atLeast": 12}, "refusal": "不足", "approval": "满",
             "source": {"document": "001", "item": "违规禁办 五.2", "quote": "参保缴纳失业保险费累计不足 12 个月"}}
            """;

    private static final String ONE_ALTERNATIVE = """
            {"id": "r2", "condition": {"type": "any-of", "conditions": [{"type": "registered-unemployed"}]},
             "refusal": "不足", "approval": "满", "source": {"document": "001", "item": "#15", "quote": "已办理失业登记"}}
            """;

    @Test
    void everyQuoteIsVerbatimFromItsSeed() {
        for (RuleSet set : RuleBooks.shipped().ruleSets()) {
            for (Rule rule : set.rules()) {
                String seed = plain(CuratedCatalogFixture.seed(SEEDS.get(rule.source().document())));
                assertThat(seed).as(rule.id()).contains(plain(rule.source().quote()));
            }
        }
    }

    @Test
    void everyRuleSetNamesAnItemOfItsRegionByNumberAndName() {
        Catalog catalog = CuratedCatalogFixture.catalog();
        for (RuleSet set : RuleBooks.shipped().ruleSets()) {
            Item item = CuratedCatalogFixture.item(catalog, set.region(), set.itemNumber());
            assertThat(item.name()).as(set.region() + " #" + set.itemNumber()).isEqualTo(set.itemName());
        }
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("{", "(file): not JSON"),
                Arguments.of(file("\"region\": \"haicheng\"", "[]"), "region: is haicheng but the file is fushun.json"),
                Arguments.of(file("\"region\": \"fushun\", \"extra\": 1", "[]"), "(file).extra: unknown field"),
                Arguments.of(set("\"validFrom\": \"2024-13-01\"", GOOD_RULE), "ruleSets[0].validFrom: not a yyyy-mm-dd day"),
                Arguments.of(set("\"validFrom\": \"2024-02-01\", \"validTo\": \"2024-01-01\"", GOOD_RULE),
                        "ruleSets[0].validTo: is before validFrom"),
                Arguments.of(file("\"region\": \"fushun\"", "[{\"item\": \"15\", \"name\": \"x\", \"validTo\": null, \"rules\": []}]"),
                        "ruleSets[0].validFrom: must be given"),
                broken("\"atLeast\": 12", "\"atLeast\": -1", "ruleSets[0].rules[0].condition.atLeast: must be a whole number ≥ 0"),
                broken("contribution-months", "contribution-years", "ruleSets[0].rules[0].condition.type: unknown condition type contribution-years"),
                broken("UNEMPLOYMENT", "UNEMPLOYED", "ruleSets[0].rules[0].condition.insurance: unknown value UNEMPLOYED"),
                broken("\"measure\": \"cumulative\"", "\"measure\": \"total\"", "ruleSets[0].rules[0].condition.measure: total is not one of"),
                broken("\"atLeast\"", "\"atleast\"", "ruleSets[0].rules[0].condition.atleast: unknown field"),
                broken("\"refusal\": \"不足\"", "\"refusal\": \"\"", "ruleSets[0].rules[0].refusal: must be a non-empty text"),
                broken("\"item\": \"违规禁办 五.2\", ", "", "ruleSets[0].rules[0].source.item: must be a non-empty text"),
                Arguments.of(set("", GOOD_RULE + "," + GOOD_RULE), "ruleSets[0].rules[1].id: rule id r1 appears twice"),
                Arguments.of(set("", ONE_ALTERNATIVE),
                        "ruleSets[0].rules[0].condition.conditions: any-of needs at least two conditions"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badFiles")
    void aBadRuleFileFailsAtLoadNamingTheFileAndTheField(String json, String expected) {
        assertThatThrownBy(() -> RuleFileReader.read("fushun.json", EligibilityTest.json(json)))
                .isInstanceOf(InvalidRuleFileException.class)
                .hasMessageStartingWith("fushun.json: " + expected);
    }

    /** The good rule with {@code from} replaced by {@code to}, and the error it must give. */
    private static Arguments broken(String from, String to, String expected) {
        return Arguments.of(set("", GOOD_RULE.replace(from, to)), expected);
    }

    private static String file(String head, String sets) {
        return "{" + head + ", \"ruleSets\": " + sets + "}";
    }

    private static String set(String validity, String rules) {
        String dates = validity.isEmpty() ? "\"validFrom\": null, \"validTo\": null"
                : validity.contains("validTo") ? validity : validity + ", \"validTo\": null";
        return file("\"region\": \"fushun\"",
                "[{\"item\": \"15\", \"name\": \"失业保险金申领\", " + dates + ", \"rules\": [" + rules + "]}]");
    }

    private static String plain(String text) {
        return text.replaceAll("\\[bookmark:[^\\]]*]|\\[image:[^\\]]*]|\\s+", "");
    }
}
