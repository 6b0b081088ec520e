package com.hallkiosk.items;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.business.Card;
import com.hallkiosk.business.CardState;
import com.hallkiosk.business.demo.DemoPerson;
import com.hallkiosk.business.jdbc.JdbcBusinessSystem;
import com.hallkiosk.catalog.model.Region;
import com.hallkiosk.config.ItemsConfig;
import com.hallkiosk.device.pinpad.TrivialPins;
import com.hallkiosk.items.ItemStep.Stage;
import com.hallkiosk.items.activation.ActivationItem;
import com.hallkiosk.journal.JournalEntry;
import com.hallkiosk.privacy.PersonalDataMasking;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * 社会保障卡启用 end to end, headless: the ID card through the SAM driver over a socat pty, the 社保卡 through the PC/SC
 * driver in the virtual reader, the PINs on the on-screen keypad pressed key by key, the central's tables over
 * SQLite, the emulated receipt printer and the journal outbox.
 */
class ActivationFlowTest {
    private static final String NEW_PIN = "582914";
    private static final String BOTH_CARDS = "刷居民身份证并插入社会保障卡";

    @TempDir
    Path directory;
    private CardItemsKiosk kiosk;

    @BeforeEach
    void setUp() throws Exception {
        kiosk = CardItemsKiosk.withKeypad(directory, true);
    }

    @AfterEach
    void tearDown() throws Exception {
        kiosk.close();
    }

    private ItemController controller(String regionId, CountingCards services) {
        Region region = ItemsFixture.region(regionId);
        return kiosk.controller(ActivationItem.of(services, region), region);
    }

    private ItemController anshan() {
        return controller("anshan-tiedong", kiosk.cards);
    }

    /** The holder of a 封存 card, for whom {@link #NEW_PIN} is not a trivial PIN. */
    private DemoPerson sealedHolder() {
        DemoPerson holder = kiosk.fixture.holderOf(CardState.SEALED);
        assertThat(TrivialPins.whyRefused(NEW_PIN.toCharArray(), holder.person().idNumber())).isEmpty();
        return holder;
    }

    private void identify(ItemController controller) throws InterruptedException {
        kiosk.identify(controller, BOTH_CARDS);
    }

    private ItemStep toConfirm(ItemController controller) throws InterruptedException {
        return kiosk.toConfirm(controller, BOTH_CARDS);
    }

    /** The holder's ID card and 封存 card presented in Anshan, up to the confirm step. */
    private ItemController sealedCardAtConfirm(DemoPerson holder) throws InterruptedException {
        kiosk.present(holder);
        ItemController controller = anshan();
        toConfirm(controller);
        return controller;
    }

    /** Confirm, then the new PIN typed on the keypad, to the step asking for it again. */
    private void toSecondNewPin(ItemController controller) throws InterruptedException {
        controller.confirm();
        kiosk.awaitPrompt(PinPrompt.NEW);
        OnScreenTyping.type(kiosk.keypad(), NEW_PIN);
        kiosk.awaitPrompt(PinPrompt.NEW_AGAIN);
        OnScreenTyping.awaitEntry(kiosk.keypad());
    }

    /** Confirm, then the new PIN twice on the keypad. */
    private void confirmWithNewPin(ItemController controller) throws InterruptedException {
        toSecondNewPin(controller);
        OnScreenTyping.type(kiosk.keypad(), NEW_PIN);
    }

    @Test
    void aSealedCardIsActivatedWithThePinTypedTwiceSaysTheBankPartIsAtTheBankAndLeavesNothingBehind() throws Exception {
        DemoPerson holder = sealedHolder();
        kiosk.present(holder);
        String maskedId = PersonalDataMasking.idNumber(holder.person().idNumber());
        String maskedCard = PersonalDataMasking.socialSecurityCardNumber(holder.card().cardNumber());
        try (CapturedLogs logs = new CapturedLogs()) {
            ItemController controller = anshan();
            ItemStep confirm = toConfirm(controller);
            assertThat(confirm.lines()).contains("持卡人：" + PersonalDataMasking.name(holder.person().name()) + " " + maskedId,
                    "卡号：" + maskedCard, "卡状态：封存（还没有启用）");
            assertThat(confirm.text()).contains("卡的金融（银行）功能不在这台机器上激活，请到发卡银行（" + holder.card().issuingBank()
                    + "）办理激活。");
            assertThat(confirm.choices()).extracting(Choice::label).containsExactly("确认启用");
            assertThat(kiosk.cards.changes).as("nothing is changed before confirm").hasValue(0);

            confirmWithNewPin(controller);
            ItemStep done = kiosk.view.await(Stage.DONE);
            Card card = kiosk.atTheCentral(holder);
            assertThat(card.state()).isEqualTo(CardState.NORMAL);
            assertThat(card.pinTriesLeft()).isEqualTo(6);
            assertThat(kiosk.fixture.central().verifyPin(card.cardNumber(), NEW_PIN.toCharArray()).state())
                    .as("the PIN typed is the card's PIN now").isEqualTo(CardState.NORMAL);
            assertThat(kiosk.cards.changes).hasValue(1);
            assertThat(done.lines()).contains("卡号：" + maskedCard, "卡状态：正常（社会保障功能已启用）");
            assertThat(done.text()).contains("请到发卡银行（" + holder.card().issuingBank() + "）办理激活")
                    .doesNotContain(holder.person().idNumber(), holder.card().cardNumber());

            assertThat(kiosk.fixture.journalEntries()).singleElement().satisfies(entry -> {
                assertThat(entry.item()).isEqualTo("anshan-tiedong-28");
                assertThat(entry.operation()).isEqualTo(ActivationItem.ID);
                assertThat(entry.outcome()).isEqualTo(JournalEntry.Outcome.SUCCEEDED);
                assertThat(entry.person().idNumber()).isEqualTo(maskedId);
                assertThat(entry.detail()).isEqualTo("SEALED -> NORMAL");
            });
            String receipt = RecordingPrinter.text(kiosk.fixture.receipts.given.get(0));
            assertThat(kiosk.fixture.receipts.given).hasSize(1);
            assertThat(receipt).contains("社会保障卡启用", "卡状态：正常", "办理人：" + PersonalDataMasking.name(holder.person().name())
                    + " " + maskedId, "卡的金融（银行）功能不在这台机器上激活", "咨询电话：0412-5550533");
            assertThat(receipt).doesNotContain(holder.person().idNumber(), holder.card().cardNumber(), NEW_PIN);

            kiosk.assertPinsWiped(2);
            controller.tapped(done.choices().get(0).key());
            kiosk.view.await(Stage.ENDED);
            assertThat(controller.holdsVisitData()).isFalse();
            assertThat(kiosk.view.shown).allSatisfy(step -> assertThat(step.text()).doesNotContain(NEW_PIN));
            logs.assertNoneContains(NEW_PIN);
        }
    }

    @Test
    void aTrivialPinAndTwoDifferentPinsAreAskedAgainAndOnlyTheGoodPinIsSent() throws Exception {
        DemoPerson holder = sealedHolder();
        ItemController controller = sealedCardAtConfirm(holder);
        controller.confirm();
        kiosk.awaitPrompt(PinPrompt.NEW);
        OnScreenTyping.type(kiosk.keypad(), "111111");
        ItemStep again = kiosk.view.await(Stage.ENTER_PIN, step -> !step.notice().isEmpty());
        assertThat(again.title()).isEqualTo(PinPrompt.NEW.title());
        assertThat(again.notice()).contains("这个密码太简单", "不能是同一个数字");
        OnScreenTyping.type(kiosk.keypad(), NEW_PIN);
        kiosk.awaitPrompt(PinPrompt.NEW_AGAIN);
        OnScreenTyping.type(kiosk.keypad(), "582915");
        ItemStep differ = kiosk.view.await(Stage.ENTER_PIN, step -> step.notice().contains("不一样"));
        assertThat(differ.title()).isEqualTo(PinPrompt.NEW.title());
        assertThat(differ.notice()).isEqualTo("两次输入的新密码不一样，请重新设置。");
        assertThat(kiosk.cards.changes).as("no PIN was sent so far").hasValue(0);
        OnScreenTyping.type(kiosk.keypad(), NEW_PIN);
        kiosk.awaitPrompt(PinPrompt.NEW_AGAIN);
        OnScreenTyping.type(kiosk.keypad(), NEW_PIN);
        kiosk.view.await(Stage.DONE);
        assertThat(kiosk.cards.changes).hasValue(1);
        assertThat(kiosk.fixture.central().verifyPin(holder.card().cardNumber(), NEW_PIN.toCharArray()).state()).isEqualTo(CardState.NORMAL);
        kiosk.assertPinsWiped(5);
    }

    @Test
    void aCardAlreadyInUseIsRefusedBeforeAnyPinIsAsked() throws Exception {
        DemoPerson holder = kiosk.fixture.holderOf(CardState.NORMAL);
        kiosk.present(holder);
        ItemController controller = anshan();
        identify(controller);
        ItemStep refused = kiosk.view.await(Stage.NOT_DONE);
        // 000 #28: 窗口办 "鞍山市合作银行网点或铁东区人力资源和社会保障服务中心103科室", phones ["0412-5550533"].
        assertThat(refused.instruction()).contains("这张卡已经启用过了", "103科室", "0412-5550533");
        assertThat(kiosk.pad().entries).as("no PIN asked").hasValue(0);
        kiosk.assertNothingDone();
        assertThat(kiosk.atTheCentral(holder).state()).isEqualTo(CardState.NORMAL);
    }

    @Test
    void anIdCardAndASocialSecurityCardOfTwoPeopleAreRefusedBeforeAnythingIsSent() throws Exception {
        DemoPerson holder = sealedHolder();
        DemoPerson someoneElse = kiosk.fixture.otherThan(holder, CardState.SEALED);
        kiosk.placeIdCard(someoneElse);
        kiosk.fixture.insertCardOf(holder);
        ItemController controller = anshan();
        identify(controller);
        ItemStep again = kiosk.view.await(Stage.IDENTIFY);
        assertThat(again.notice()).contains("身份证和社保卡不是同一个人");
        assertThat(kiosk.cards.calls).hasValue(0);
        assertThat(kiosk.pad().entries).hasValue(0);
        assertThat(kiosk.atTheCentral(holder).state()).isEqualTo(CardState.SEALED);
        assertThat(kiosk.atTheCentral(someoneElse).state()).isEqualTo(CardState.SEALED);
    }

    @Test
    void theCardPulledOutWhileItIsReadSaysSoAndSendsNothing() throws Exception {
        DemoPerson holder = sealedHolder();
        kiosk.present(holder);
        kiosk.fixture.slot.removeCardAfter(5);
        ItemController controller = anshan();
        identify(controller);
        assertThat(kiosk.view.await(Stage.IDENTIFY).notice()).contains("卡被拔出", "社保卡");
        assertThat(kiosk.cards.calls).hasValue(0);
        assertThat(kiosk.fixture.journalEntries()).isEmpty();
    }

    @Test
    void anUnreachableCentralIsSaidBeforeAnyPinIsAsked() throws Exception {
        SQLiteDataSource nowhere = new SQLiteDataSource();
        nowhere.setUrl("jdbc:sqlite:" + directory.resolve("no-such-folder").resolve("central.db"));
        CountingCards unreachable = new CountingCards(new JdbcBusinessSystem(nowhere, ItemsFixture.CLOCK));
        kiosk.present(sealedHolder());
        ItemController controller = controller("fushun", unreachable);
        identify(controller);
        ItemStep notDone = kiosk.view.await(Stage.NOT_DONE);
        // 001 #39: 窗口办 "抚顺市合作银行网点" and no phone: the first office of the Fushun document with one.
        assertThat(notDone.instruction()).contains("业务系统暂时连接不上", "抚顺市合作银行网点", "024-53997880");
        assertThat(kiosk.pad().entries).hasValue(0);
        assertThat(unreachable.changes).hasValue(0);
    }

    @Test
    void aCentralThatStopsAnsweringAfterThePinsLeavesTheCardSealedAndThePinsWiped() throws Exception {
        DemoPerson holder = sealedHolder();
        kiosk.present(holder);
        kiosk.cards.changesUnavailable.set(true);
        ItemController controller = anshan();
        toConfirm(controller);
        confirmWithNewPin(controller);
        ItemStep notDone = kiosk.view.await(Stage.NOT_DONE);
        assertThat(notDone.instruction()).contains("业务系统暂时连接不上", "没有办理", "0412-5550533");
        assertThat(kiosk.atTheCentral(holder).state()).isEqualTo(CardState.SEALED);
        assertThat(kiosk.fixture.journalEntries()).singleElement()
                .satisfies(entry -> assertThat(entry.outcome()).isEqualTo(JournalEntry.Outcome.FAILED));
        assertThat(kiosk.fixture.receipts.given).isEmpty();
        kiosk.assertPinsWiped(2);
    }

    @Test
    void backDuringThePinEndsThePadsEntrySendsNothingAndConfirmAsksAgain() throws Exception {
        DemoPerson holder = sealedHolder();
        ItemController controller = sealedCardAtConfirm(holder);
        toSecondNewPin(controller);
        controller.back();
        ItemStep confirm = kiosk.view.await(Stage.CONFIRM);
        assertThat(confirm.choices()).extracting(Choice::label).containsExactly("确认启用");
        assertThat(kiosk.keypad().layout()).as("the pad's entry ended").isEmpty();
        assertThat(kiosk.pad().cancels).hasPositiveValue();
        assertThat(kiosk.pad().allWiped()).as("the first new PIN is wiped").isTrue();
        kiosk.assertNothingDone();

        confirmWithNewPin(controller);
        kiosk.view.await(Stage.DONE);
        assertThat(kiosk.cards.changes).hasValue(1);
        assertThat(kiosk.atTheCentral(holder).state()).isEqualTo(CardState.NORMAL);
    }

    @Test
    void anIdleWipeDuringThePinSendsNothingAndWipesThePins() throws Exception {
        DemoPerson holder = sealedHolder();
        ItemController controller = sealedCardAtConfirm(holder);
        toSecondNewPin(controller);
        controller.wipe();
        kiosk.view.await(Stage.ENDED);
        assertThat(kiosk.view.awaitEnded()).isTrue();
        assertThat(kiosk.keypad().layout()).isEmpty();
        kiosk.assertPinsWiped(1);
        assertThat(controller.holdsVisitData()).isFalse();
        controller.confirm();
        kiosk.view.assertQuietFor(300);
        kiosk.assertNothingDone();
        assertThat(kiosk.atTheCentral(holder).state()).isEqualTo(CardState.SEALED);
    }

    @Test
    void confirmTappedTwiceAsksThePinsOnceAndActivatesOnce() throws Exception {
        DemoPerson holder = sealedHolder();
        ItemController controller = sealedCardAtConfirm(holder);
        controller.confirm();
        confirmWithNewPin(controller);
        kiosk.view.await(Stage.DONE);
        kiosk.view.assertQuietFor(500);
        assertThat(kiosk.pad().entries).hasValue(2);
        kiosk.assertDoneOnce();
    }

    @Test
    void fushunQuotesItsOwnWordsOnTheBankFunction() throws Exception {
        kiosk.present(sealedHolder());
        ItemController controller = controller("fushun", kiosk.cards);
        assertThat(toConfirm(controller).text()).contains("办事指南：“社保卡银行功能需要激活。”");
    }

    @Test
    void shandongOffersItFromItsOwnCatalogItem() {
        // 004 #25 "社会保障卡（社会保障功能）启用", at the 一体机 of the provincial and Jinan halls.
        EnabledItems.Decision decision = EnabledItems.decide(ItemsFixture.region("shandong"), new ItemsConfig(ItemsConfig.Profile.HALL, Map.of()),
                ActivationItem.of(kiosk.cards, ItemsFixture.region("shandong")));
        assertThat(decision.catalogItem().orElseThrow().id()).isEqualTo("shandong-25");
        assertThat(decision.enabled()).as(decision.reason()).isTrue();
    }
}
