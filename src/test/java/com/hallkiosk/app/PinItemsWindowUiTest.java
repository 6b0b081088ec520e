package com.hallkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.business.Card;
import com.hallkiosk.business.CardServices;
import com.hallkiosk.business.demo.DemoPopulation;
import com.hallkiosk.catalog.CuratedCatalogFixture;
import com.hallkiosk.catalog.model.Catalog;
import com.hallkiosk.catalog.model.Region;
import com.hallkiosk.demo.DemoCardHolder;
import com.hallkiosk.items.PinPrompt;
import com.hallkiosk.journal.JournalEntry;
import com.hallkiosk.ui.WindowDriver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The PIN change and reset through the real kiosk window ({@link ItemsWindowKiosk}), every PIN tapped on the
 * on-screen keypad. No shipped catalog offers them at a terminal (003 pkg 10 sends 社会保障卡密码修改与重置 to a
 * window), so the kiosk's 鞍山铁东 is a copy whose catalog publishes that item for terminals
 * ({@link CuratedCatalogFixture#withTerminalItem}); the items are still offered because the catalog says so.
 */
class PinItemsWindowUiTest {
    private static final String CATALOG_NAME = "社会保障卡密码修改与重置";
    private static final String TILE = "tile-anshan-tiedong-published";
    private static final String NEW_PIN = "258036";

    @RegisterExtension
    static final ItemsWindows WINDOWS = new ItemsWindows();

    private ItemsWindowKiosk launched;
    private WindowDriver window;

    @BeforeEach
    void launch() throws Exception {
        Region published = CuratedCatalogFixture.withTerminalItem(
                CuratedCatalogFixture.region(ItemsWindowKiosk.CATALOG, "anshan-tiedong"), CATALOG_NAME);
        Catalog catalog = ItemsWindowKiosk.CATALOG.withRegion(published);
        launched = WINDOWS.launch(ItemsWindowKiosk.Setup.demo().in(catalog, "anshan-tiedong"));
        window = launched.window;
    }

    /** The published item's tile offers both; each PIN is asked with its own title. */
    private void open(String itemId) throws InterruptedException {
        assertThat(window.text(TILE)).contains(CATALOG_NAME, "本机可以办理");
        window.click(TILE);
        window.waitFor("the choice", () -> window.find("offer-card-pin-reset").isPresent());
        window.click("offer-" + itemId);
    }

    private void typeWhenAsked(PinPrompt prompt, String pin) throws InterruptedException {
        launched.awaitTitle(prompt.title());
        window.waitFor("no dots", () -> window.text("line-0").equals("已输入：○○○○○○"));
        launched.typePin(pin);
    }

    @Test
    void aPinChangeShowsTheTriesLeftTakesTheOldPinAndTheNewOneTwice() throws Exception {
        DemoCardHolder holder = launched.desk.insertSocialSecurityCard("tries-used");
        assertThat(holder.pinTriesLeft()).isBetween(1, CardServices.PIN_TRY_LIMIT - 1);
        open("card-pin-change");
        launched.awaitTitle("社会保障卡密码修改与重置");
        window.click("choice-SOCIAL_SECURITY_CARD");
        launched.awaitTitle("请确认");
        assertThat(window.allText()).contains(holder.maskedName() + " " + holder.maskedIdNumber(),
                "密码还可以输错" + holder.pinTriesLeft() + "次；连续输错6次，卡会被锁定。");
        assertThat(window.text("choice-confirm")).isEqualTo("确认修改");
        window.click("choice-confirm");
        typeWhenAsked(PinPrompt.CURRENT, DemoPopulation.DEMO_PIN);
        typeWhenAsked(PinPrompt.NEW, NEW_PIN);
        typeWhenAsked(PinPrompt.NEW_AGAIN, NEW_PIN);
        launched.awaitTitle("办理完成");
        assertThat(window.allText()).contains("密码已修改").doesNotContain(NEW_PIN, DemoPopulation.DEMO_PIN);
        Card card = launched.centralRecords().verifyPin(holder.socialSecurityCard().cardNumber(), NEW_PIN.toCharArray());
        assertThat(card.pinTriesLeft()).as("the new PIN is the card's at the central").isEqualTo(CardServices.PIN_TRY_LIMIT);
        assertThat(launched.journal()).singleElement().satisfies(entry -> {
            assertThat(entry.item()).isEqualTo("anshan-tiedong-published");
            assertThat(entry.operation()).isEqualTo("card-pin-change");
            assertThat(entry.outcome()).isEqualTo(JournalEntry.Outcome.SUCCEEDED);
        });
        assertThat(launched.receipts()).singleElement().asString().contains("密码已修改")
                .doesNotContain(NEW_PIN, DemoPopulation.DEMO_PIN);
    }

    @Test
    void aLockedPinIsResetWithBothCardsAndTheNewPinTwice() throws Exception {
        DemoCardHolder holder = launched.desk.presentBoth("pin-locked");
        assertThat(launched.cardAtTheCentral(holder).pinLocked()).isTrue();
        open("card-pin-reset");
        window.click("choice-ID_CARD_AND_CARD");
        launched.awaitTitle("请确认");
        assertThat(window.allText()).contains(holder.maskedName() + " " + holder.maskedIdNumber(),
                "身份证和社保卡已核对为同一人", "这张卡的密码现在是锁定的（连续输错了6次）；重置后就可以用新密码了。");
        assertThat(window.text("choice-confirm")).isEqualTo("确认重置");
        window.click("choice-confirm");
        typeWhenAsked(PinPrompt.NEW, NEW_PIN);
        typeWhenAsked(PinPrompt.NEW_AGAIN, NEW_PIN);
        launched.awaitTitle("办理完成");
        assertThat(window.allText()).contains("密码已重置", "密码可以输错的次数已恢复为6次").doesNotContain(NEW_PIN);
        assertThat(launched.centralRecords().verifyPin(holder.socialSecurityCard().cardNumber(), NEW_PIN.toCharArray())
                .pinLocked()).as("unlocked, with the new PIN").isFalse();
        assertThat(launched.journal()).singleElement().satisfies(entry ->
                assertThat(entry.operation()).isEqualTo("card-pin-reset"));
        window.click("choice-finish");
        launched.awaitHome();
    }
}
