package com.hallkiosk.items;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.business.BusinessException;
import com.hallkiosk.config.ItemsConfig;
import com.hallkiosk.config.ItemsConfig.Profile;
import com.hallkiosk.items.cardstatus.CardStatusItem;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which items a terminal offers follows the region's catalog and the profile's list, nothing written in code. */
class EnabledItemsTest {
    private static final ItemsConfig HALL = new ItemsConfig(Profile.HALL, Map.of());
    private final SelfServiceItem cardStatus = new CardStatusItem(null, ItemsFixture.CLOCK);

    @Test
    void theCardStatusQueryIsOfferedWhereTheCatalogSaysATerminalDoesIt() {
        EnabledItems.Decision anshan = EnabledItems.decide(ItemsFixture.region("anshan-tiedong"), HALL, cardStatus);
        assertThat(anshan.enabled()).isTrue();
        assertThat(anshan.catalogItem().orElseThrow().id()).isEqualTo("anshan-tiedong-29");
        assertThat(anshan.reason()).contains("④自助办：合作银行网点");
        assertThat(EnabledItems.decide(ItemsFixture.region("fushun"), HALL, cardStatus).catalogItem().orElseThrow().id())
                .isEqualTo("fushun-40");
    }

    @Test
    void aRegionWhoseCatalogHasNoSuchItemDoesNotOfferIt() {
        EnabledItems.Decision shandong = EnabledItems.decide(ItemsFixture.region("shandong"), HALL, cardStatus);
        assertThat(shandong.enabled()).isFalse();
        assertThat(shandong.reason()).contains("没有这项业务");
    }

    @Test
    void anItemTheCatalogDoesNotAllowAtATerminalIsNotOffered() {
        // 000 #1 企业社会保险登记: "selfService": {"allowed": false, ...}
        SelfServiceItem windowOnly = new NamedItem("企业社会保险登记");
        List<EnabledItems.Decision> decisions = EnabledItems.decide(ItemsFixture.region("anshan-tiedong"), HALL,
                List.of(windowOnly));
        assertThat(decisions).singleElement().satisfies(d -> {
            assertThat(d.catalogItem().orElseThrow().id()).isEqualTo("anshan-tiedong-1");
            assertThat(d.enabled()).isFalse();
            assertThat(d.reason()).contains("没有写可在自助终端办理");
        });
    }

    @Test
    void theBankProfileLeavesOutWhatItsListNames() {
        ItemsConfig bank = new ItemsConfig(Profile.BANK, Map.of(Profile.BANK, Set.of(CardStatusItem.ID)));
        EnabledItems.Decision decision = EnabledItems.decide(ItemsFixture.region("anshan-tiedong"), bank, cardStatus);
        assertThat(decision.enabled()).isFalse();
        assertThat(decision.reason()).contains("items.properties", "bank");
        assertThat(EnabledItems.enabled(ItemsFixture.region("anshan-tiedong"), bank, List.of(cardStatus))).isEmpty();
        ItemsConfig hallWithTheSameBankList = new ItemsConfig(Profile.HALL, Map.of(Profile.BANK, Set.of(CardStatusItem.ID)));
        assertThat(EnabledItems.enabled(ItemsFixture.region("anshan-tiedong"), hallWithTheSameBankList, List.of(cardStatus)))
                .hasSize(1);
    }

    /** An item known only by its catalog name, for the decisions. */
    private record NamedItem(String name) implements SelfServiceItem {
        public String id() {
            return "named";
        }

        public List<String> catalogNames() {
            return List.of(name);
        }

        public List<IdentitySource> identifiedBy() {
            return List.of(IdentitySource.ID_CARD);
        }

        public List<Choice> choices(Identity who) {
            return List.of();
        }

        public Confirmation confirmation(Identity who, Choice chosen) {
            return Confirmation.of(List.of());
        }

        public String confirmLabel() {
            return "确认";
        }

        public ItemOutcome act(Identity who, Choice chosen, EnteredPins pins) {
            throw new AssertionError("deciding whether an item is enabled never runs it");
        }

        public String refusal(BusinessException refused) {
            return "";
        }
    }
}
