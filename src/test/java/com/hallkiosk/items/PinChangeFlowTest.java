package com.hallkiosk.items;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.business.BusinessException;
import com.hallkiosk.business.CardState;
import com.hallkiosk.business.demo.DemoPerson;
import com.hallkiosk.business.demo.DemoPopulation;
import com.hallkiosk.catalog.CuratedCatalogFixture;
import com.hallkiosk.catalog.model.Region;
import com.hallkiosk.config.ItemsConfig;
import com.hallkiosk.device.pinpad.KeypadLayout;
import com.hallkiosk.device.pinpad.TrivialPins;
import com.hallkiosk.items.ItemStep.Stage;
import com.hallkiosk.items.pinchange.PinChangeItem;
import com.hallkiosk.items.pinreset.PinResetPlaces;
import com.hallkiosk.journal.JournalEntry;
import com.hallkiosk.privacy.PersonalDataMasking;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 社会保障卡密码修改 end to end, headless: the 社保卡 through the PC/SC driver in the virtual reader, the three PINs on the
 * on-screen keypad, the central's tables over SQLite (its retry counter), the receipt printer and the journal. No
 * shipped catalog lets a terminal change a PIN, so the region is the real one with the item published
 * ({@link CuratedCatalogFixture#withTerminalItem}); where to reset comes from the real catalog (003 pkg 10 in Fushun).
 */
class PinChangeFlowTest {
    private static final ItemsConfig HALL = new ItemsConfig(ItemsConfig.Profile.HALL, Map.of());
    private static final String CATALOG_NAME = "社会保障卡密码修改与重置";
    private static final String NEW_PIN = "582914";
    private static final String WRONG_PIN = "864213";
    private static final String FUSHUN_RESET = "申请人携带社保卡和本人有效身份证件到社保卡管理大厅任意服务窗口办理密码重置手续。";

    @TempDir
    Path directory;
    private CardItemsKiosk kiosk;

    @BeforeEach
    void setUp() throws Exception {
        kiosk = CardItemsKiosk.withKeypad(directory, false);
    }

    @AfterEach
    void tearDown() throws Exception {
        kiosk.close();
    }

    private ItemController controller(String regionId, boolean resetHere) {
        Region region = CuratedCatalogFixture.withTerminalItem(ItemsFixture.region(regionId), CATALOG_NAME);
        return kiosk.controller(new PinChangeItem(kiosk.cards, PinResetPlaces.of(region, resetHere)), region);
    }

    private ItemController fushun() {
        return controller("fushun", true);
    }

    /** A 正常 card with all its tries, in the reader, whose holder may take {@link #NEW_PIN}. */
    private DemoPerson insertNormalCard() {
        DemoPerson holder = kiosk.fixture.holderOf(CardState.NORMAL, 6);
        assertThat(TrivialPins.whyRefused(NEW_PIN.toCharArray(), holder.person().idNumber())).isEmpty();
        kiosk.fixture.insertCardOf(holder);
        return holder;
    }

    /** A 正常 card with all its tries in the reader, in Fushun, up to the confirm step. */
    private ItemController normalCardAtConfirm() throws InterruptedException {
        insertNormalCard();
        ItemController controller = fushun();
        toConfirm(controller);
        return controller;
    }

    private void identify(ItemController controller) throws InterruptedException {
        kiosk.identify(controller, "插入社会保障卡");
    }

    private ItemStep toConfirm(ItemController controller) throws InterruptedException {
        return kiosk.toConfirm(controller, "插入社会保障卡");
    }

    /** Confirm, then the current PIN and the new one twice. */
    private void confirmWith(ItemController controller, String current) throws InterruptedException {
        controller.confirm();
        kiosk.awaitPrompt(PinPrompt.CURRENT);
        OnScreenTyping.type(kiosk.keypad(), current);
        kiosk.awaitPrompt(PinPrompt.NEW);
        OnScreenTyping.type(kiosk.keypad(), NEW_PIN);
        kiosk.awaitPrompt(PinPrompt.NEW_AGAIN);
        OnScreenTyping.type(kiosk.keypad(), NEW_PIN);
    }

    private int triesAtTheCentral(DemoPerson holder) throws Exception {
        return kiosk.atTheCentral(holder).pinTriesLeft();
    }

    @Test
    void theOldPinThenTheNewTwiceChangeThePinAtTheCentralWithNothingOfThePinsLeft() throws Exception {
        DemoPerson holder = insertNormalCard();
        String maskedId = PersonalDataMasking.idNumber(holder.person().idNumber());
        try (CapturedLogs logs = new CapturedLogs()) {
            ItemController controller = fushun();
            ItemStep confirm = toConfirm(controller);
            assertThat(confirm.lines()).contains("卡号：" + PersonalDataMasking.socialSecurityCardNumber(holder.card().cardNumber()),
                    "密码还可以输错6次；连续输错6次，卡会被锁定。");
            assertThat(confirm.choices()).extracting(Choice::label).containsExactly("确认修改");

            confirmWith(controller, DemoPopulation.DEMO_PIN);
            ItemStep done = kiosk.view.await(Stage.DONE);
            assertThat(done.lines()).contains("密码已修改");
            assertThat(kiosk.cards.changes).hasValue(1);
            assertThat(kiosk.fixture.central().verifyPin(holder.card().cardNumber(), NEW_PIN.toCharArray()).pinTriesLeft())
                    .as("the new PIN is the card's PIN").isEqualTo(6);

            assertThat(kiosk.fixture.journalEntries()).singleElement().satisfies(entry -> {
                assertThat(entry.item()).isEqualTo("fushun-published");
                assertThat(entry.operation()).isEqualTo(PinChangeItem.ID);
                assertThat(entry.outcome()).isEqualTo(JournalEntry.Outcome.SUCCEEDED);
                assertThat(entry.person().idNumber()).isEqualTo(maskedId);
                assertThat(entry.detail()).isEqualTo("PIN changed");
            });
            assertThat(kiosk.fixture.receipts.given).hasSize(1);
            String receipt = RecordingPrinter.text(kiosk.fixture.receipts.given.get(0));
            assertThat(receipt).contains(CATALOG_NAME, "密码已修改", "办理人：" + PersonalDataMasking.name(holder.person().name())
                    + " " + maskedId);
            assertThat(receipt).doesNotContain(holder.person().idNumber(), holder.card().cardNumber(), NEW_PIN,
                    DemoPopulation.DEMO_PIN);

            kiosk.assertPinsWiped(3);
            controller.tapped(done.choices().get(0).key());
            kiosk.view.await(Stage.ENDED);
            assertThat(controller.holdsVisitData()).isFalse();
            // Not the old PIN: the demo cards' 123456 is the new-PIN step's own example of a PIN not to take.
            assertThat(kiosk.view.shown).allSatisfy(step -> assertThat(step.text()).doesNotContain(NEW_PIN));
            logs.assertNoneContains(NEW_PIN);
        }
    }

    @Test
    void aWrongOldPinTakesATryAtTheCentralAndSaysHowManyAreLeft() throws Exception {
        DemoPerson holder = insertNormalCard();
        ItemController controller = fushun();
        toConfirm(controller);
        confirmWith(controller, WRONG_PIN);
        ItemStep refused = kiosk.view.await(Stage.NOT_DONE);
        assertThat(refused.instruction()).contains("原密码不对，密码没有修改。", "密码还可以输错5次", FUSHUN_RESET);
        assertThat(triesAtTheCentral(holder)).isEqualTo(5);
        assertThat(kiosk.fixture.journalEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo(JournalEntry.Outcome.REFUSED);
            assertThat(entry.detail()).isEqualTo("refused: WrongPin");
        });
        assertThat(kiosk.fixture.receipts.given).isEmpty();
        assertThat(kiosk.pad().allWiped()).isTrue();
    }

    @Test
    void theSixthWrongPinLocksTheCardSaysWhereToResetItAndALockedCardIsRefusedBeforeAnyPin() throws Exception {
        DemoPerson holder = insertNormalCard();
        ItemController controller = fushun();
        for (int wrong = 1; wrong <= 6; wrong++) {
            ItemStep confirm = toConfirm(controller);
            assertThat(confirm.lines()).as("the counter as the central has it")
                    .contains("密码还可以输错" + (7 - wrong) + "次；连续输错6次，卡会被锁定。");
            confirmWith(controller, WRONG_PIN);
            ItemStep refused = kiosk.view.await(Stage.NOT_DONE);
            assertThat(triesAtTheCentral(holder)).isEqualTo(6 - wrong);
            if (wrong < 6) {
                assertThat(refused.instruction()).contains("密码还可以输错" + (6 - wrong) + "次");
            } else {
                assertThat(refused.instruction()).contains("已经连续输错6次，被锁定了",
                        "可以在这台机器上办理“社会保障卡密码重置”，要用本人身份证和这张社保卡。", "也可以到窗口重置：" + FUSHUN_RESET);
            }
            controller.home();
            kiosk.view.await(Stage.ENDED);
        }
        int entries = kiosk.pad().entries.get();
        int changes = kiosk.cards.changes.get();

        identify(controller);
        ItemStep locked = kiosk.view.await(Stage.NOT_DONE);
        assertThat(locked.instruction()).contains("被锁定了", FUSHUN_RESET);
        assertThat(kiosk.pad().entries).as("no PIN asked of a locked card").hasValue(entries);
        assertThat(kiosk.cards.changes).hasValue(changes);
        assertThat(kiosk.fixture.journalEntries()).hasSize(6).allSatisfy(entry -> assertThat(entry.outcome())
                .isEqualTo(JournalEntry.Outcome.REFUSED));
    }

    @Test
    void aLockedCardInARegionSilentOnTheResetFollowsThePackageAndSaysSo() throws Exception {
        DemoPerson holder = insertNormalCard();
        for (int i = 0; i < 6; i++) {
            try {
                kiosk.fixture.central().verifyPin(holder.card().cardNumber(), WRONG_PIN.toCharArray());
            } catch (BusinessException.WrongPin | BusinessException.PinLocked expected) {
                // each takes a try; the sixth locks
            }
        }
        assertThat(triesAtTheCentral(holder)).isZero();
        ItemController controller = controller("anshan-tiedong", false);
        identify(controller);
        ItemStep locked = kiosk.view.await(Stage.NOT_DONE);
        assertThat(locked.instruction()).contains("被锁定了", "本地区的办事指南没有写明密码在哪里重置，请带这张社保卡和本人有效身份证件到社保卡服务窗口办理。")
                .doesNotContain("这台机器上办理");
        assertThat(kiosk.pad().entries).hasValue(0);
        assertThat(kiosk.cards.changes).hasValue(0);
    }

    @Test
    void aSealedCardHasNoPinToChange() throws Exception {
        kiosk.fixture.insertCardOf(kiosk.fixture.holderOf(CardState.SEALED));
        identify(fushun());
        assertThat(kiosk.view.await(Stage.NOT_DONE).instruction()).contains("还没有启用", "启用时设置密码");
        assertThat(kiosk.pad().entries).hasValue(0);
    }

    @Test
    void theCardPulledOutWhileItIsReadSaysSoAndSendsNothing() throws Exception {
        insertNormalCard();
        kiosk.fixture.slot.removeCardAfter(5);
        identify(fushun());
        assertThat(kiosk.view.await(Stage.IDENTIFY).notice()).contains("卡被拔出");
        assertThat(kiosk.cards.calls).hasValue(0);
    }

    @Test
    void aCentralThatDoesNotAnswerTheChangeLeavesTheCounterAndWipesThePins() throws Exception {
        DemoPerson holder = insertNormalCard();
        kiosk.cards.changesUnavailable.set(true);
        ItemController controller = fushun();
        toConfirm(controller);
        confirmWith(controller, DemoPopulation.DEMO_PIN);
        assertThat(kiosk.view.await(Stage.NOT_DONE).instruction()).contains("业务系统暂时连接不上", "024-53997880");
        assertThat(triesAtTheCentral(holder)).isEqualTo(6);
        assertThat(kiosk.fixture.journalEntries()).singleElement()
                .satisfies(entry -> assertThat(entry.outcome()).isEqualTo(JournalEntry.Outcome.FAILED));
        kiosk.assertPinsWiped(3);
    }

    @Test
    void cancelOnTheKeypadReturnsToConfirmAndSendsNothing() throws Exception {
        ItemController controller = normalCardAtConfirm();
        controller.confirm();
        kiosk.awaitPrompt(PinPrompt.CURRENT);
        OnScreenTyping.press(kiosk.keypad(), KeypadLayout.CANCEL);
        assertThat(kiosk.view.await(Stage.CONFIRM).notice()).contains("已取消输入密码", "确认修改");
        kiosk.assertNothingDone();
    }

    @Test
    void backDuringTheSecondNewPinEndsTheEntryWipesThePinsSoFarAndSendsNothing() throws Exception {
        DemoPerson holder = insertNormalCard();
        ItemController controller = fushun();
        toConfirm(controller);
        controller.confirm();
        kiosk.awaitPrompt(PinPrompt.CURRENT);
        OnScreenTyping.type(kiosk.keypad(), DemoPopulation.DEMO_PIN);
        kiosk.awaitPrompt(PinPrompt.NEW);
        OnScreenTyping.type(kiosk.keypad(), NEW_PIN);
        kiosk.awaitPrompt(PinPrompt.NEW_AGAIN);
        OnScreenTyping.awaitEntry(kiosk.keypad());
        controller.back();
        kiosk.view.await(Stage.CONFIRM);
        assertThat(kiosk.keypad().layout()).isEmpty();
        kiosk.assertPinsWiped(2);
        assertThat(kiosk.cards.changes).hasValue(0);
        assertThat(triesAtTheCentral(holder)).isEqualTo(6);
    }

    @Test
    void anIdleWipeDuringThePinSendsNothingAndWipesThePins() throws Exception {
        ItemController controller = normalCardAtConfirm();
        controller.confirm();
        kiosk.awaitPrompt(PinPrompt.CURRENT);
        OnScreenTyping.type(kiosk.keypad(), DemoPopulation.DEMO_PIN);
        kiosk.awaitPrompt(PinPrompt.NEW);
        OnScreenTyping.awaitEntry(kiosk.keypad());
        controller.wipe();
        kiosk.view.await(Stage.ENDED);
        assertThat(kiosk.keypad().layout()).isEmpty();
        kiosk.assertPinsWiped(1);
        assertThat(controller.holdsVisitData()).isFalse();
        kiosk.assertNothingDone();
    }

    @Test
    void confirmTappedTwiceChangesThePinOnce() throws Exception {
        ItemController controller = normalCardAtConfirm();
        controller.confirm();
        confirmWith(controller, DemoPopulation.DEMO_PIN);
        kiosk.view.await(Stage.DONE);
        kiosk.view.assertQuietFor(500);
        assertThat(kiosk.pad().entries).hasValue(3);
        kiosk.assertDoneOnce();
    }

    @Test
    void noShippedCatalogLetsATerminalChangeOrResetAPin() {
        PinChangeItem item = new PinChangeItem(kiosk.cards, PinResetPlaces.of(ItemsFixture.region("fushun"), false));
        for (String region : new String[] {"anshan-tiedong", "fushun", "haicheng", "shandong"}) {
            EnabledItems.Decision decision = EnabledItems.decide(ItemsFixture.region(region), HALL, item);
            assertThat(decision.enabled()).as(region).isFalse();
            assertThat(decision.reason()).contains("没有这项业务");
        }
    }
}
