package com.hallkiosk.items;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.business.CardState;
import com.hallkiosk.business.demo.DemoPerson;
import com.hallkiosk.business.jdbc.JdbcBusinessSystem;
import com.hallkiosk.catalog.model.Region;
import com.hallkiosk.device.sscard.emulator.ScriptedCards;
import com.hallkiosk.items.ItemStep.Stage;
import com.hallkiosk.items.cardstatus.CardStatusItem;
import com.hallkiosk.journal.JournalEntry;
import com.hallkiosk.privacy.PersonalDataMasking;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sqlite.SQLiteDataSource;

/**
 * 社保卡状态查询 end to end, headless: the virtual 社保卡 in the virtual reader, the real driver, the central's
 * business tables over SQLite, the emulated receipt printer, the journal outbox, the session worker.
 */
class CardStatusFlowTest {
    private static final String ANSHAN_ITEM = "anshan-tiedong-29";

    @TempDir
    Path directory;
    private ItemsFixture kiosk;
    private final RecordingView view = new RecordingView();
    private CountingCards cards;

    @BeforeEach
    void setUp() throws Exception {
        kiosk = new ItemsFixture(directory);
        cards = new CountingCards(kiosk.central());
    }

    @AfterEach
    void tearDown() throws Exception {
        kiosk.close();
    }

    private ItemController controller(Region region, CountingCards services) {
        return controller(region, services, kiosk.services());
    }

    private ItemController controller(Region region, CountingCards services, ItemServices shared) {
        CardStatusItem item = new CardStatusItem(services, ItemsFixture.CLOCK);
        var decision = EnabledItems.decide(region, new com.hallkiosk.config.ItemsConfig(
                com.hallkiosk.config.ItemsConfig.Profile.HALL, java.util.Map.of()), item);
        assertThat(decision.enabled()).as(decision.reason()).isTrue();
        return new ItemController(item, new CatalogGuidance(decision.catalogItem().orElseThrow(), region.offices()),
                shared, view);
    }

    private ItemController anshan() {
        return controller(ItemsFixture.region("anshan-tiedong"), cards);
    }

    /** Start, identify with the card in the reader, and arrive at the confirm step. */
    private ItemStep toConfirm(ItemController controller) throws InterruptedException {
        controller.start();
        ItemStep identify = view.await(Stage.IDENTIFY);
        assertThat(identify.choices()).extracting(Choice::label).containsExactly("插入社会保障卡");
        controller.tapped(identify.choices().get(0).key());
        return view.await(Stage.CONFIRM);
    }

    @ParameterizedTest
    @EnumSource(CardState.class)
    void eachStateIsShownPrintedAndJournaledMaskedAndTheVisitIsWipedAtTheEnd(CardState state) throws Exception {
        DemoPerson holder = kiosk.holderOf(state);
        kiosk.insertCardOf(holder);
        ItemController controller = anshan();

        ItemStep confirm = toConfirm(controller);
        String maskedId = PersonalDataMasking.idNumber(holder.person().idNumber());
        assertThat(confirm.lines()).contains("持卡人：" + PersonalDataMasking.name(holder.person().name()) + " " + maskedId);
        assertThat(cards.calls).as("nothing is sent before confirm").hasValue(0);

        controller.confirm();
        ItemStep done = view.await(Stage.DONE);
        assertThat(cards.calls).hasValue(1);
        assertThat(String.join("\n", done.lines())).contains("卡状态：" + state.chinese(),
                "发卡银行：" + holder.card().issuingBank(), "有效期至：");
        if (state == CardState.TEMPORARILY_LOST) {
            assertThat(done.lines()).contains("卡状态：临时挂失（" + holder.card().stateSince().getYear() + "年"
                    + holder.card().stateSince().getMonthValue() + "月" + holder.card().stateSince().getDayOfMonth() + "日起）");
        }
        assertThat(done.text()).doesNotContain(holder.person().idNumber(), holder.card().cardNumber());

        List<JournalEntry> entries = kiosk.journalEntries();
        assertThat(entries).hasSize(1);
        JournalEntry entry = entries.get(0);
        assertThat(entry.item()).isEqualTo(ANSHAN_ITEM);
        assertThat(entry.operation()).isEqualTo(CardStatusItem.ID);
        assertThat(entry.outcome()).isEqualTo(JournalEntry.Outcome.SUCCEEDED);
        assertThat(entry.person().idNumber()).isEqualTo(maskedId);
        assertThat(entry.detail()).isEqualTo("state " + state.name());
        assertThat(done.lines()).contains("交易流水号：" + entry.reference());

        assertThat(kiosk.receipts.given).hasSize(1);
        assertThat(kiosk.papers).as("the emulated printer cut one receipt").hasSize(1);
        String receipt = RecordingPrinter.text(kiosk.receipts.given.get(0));
        assertThat(receipt).contains("社会保障卡应用状态查询", "交易流水号：" + entry.reference(), "时间：2026-06-15 10:30:00",
                "终端：demo-0001", "办理人：" + PersonalDataMasking.name(holder.person().name()) + " " + maskedId,
                "卡状态：" + state.chinese(), "网上办：国家社会保险公共服务平台", "咨询电话：0412-5550533");
        assertThat(receipt).doesNotContain(holder.person().idNumber(), holder.person().name().substring(1).isEmpty()
                ? "\u0000" : holder.person().name());

        controller.tapped(done.choices().get(0).key());
        view.await(Stage.ENDED);
        assertThat(view.awaitEnded()).isTrue();
        assertThat(controller.holdsVisitData()).isFalse();
    }

    @Test
    void aSealedCardSaysWhereToActivateItAndTheBankPart() throws Exception {
        kiosk.insertCardOf(kiosk.holderOf(CardState.SEALED));
        ItemController controller = anshan();
        toConfirm(controller);
        controller.confirm();
        assertThat(String.join("\n", view.await(Stage.DONE).lines())).contains("社会保障卡启用", "发卡银行激活");
    }

    @Test
    void aCardPulledOutMidReadGoesBackToIdentifyWithWhatHappenedAndSendsNothing() throws Exception {
        kiosk.insertCardOf(kiosk.holderOf(CardState.NORMAL));
        kiosk.slot.removeCardAfter(5);
        ItemController controller = anshan();
        controller.start();
        view.await(Stage.IDENTIFY);
        controller.identifyWith(IdentitySource.SOCIAL_SECURITY_CARD);
        ItemStep again = view.await(Stage.IDENTIFY);
        assertThat(again.notice()).contains("卡被拔出");
        assertThat(cards.calls).hasValue(0);
        assertThat(kiosk.journalEntries()).isEmpty();

        kiosk.insertCardOf(kiosk.holderOf(CardState.NORMAL));
        controller.identifyWith(IdentitySource.SOCIAL_SECURITY_CARD);
        assertThat(view.await(Stage.CONFIRM).notice()).isEmpty();
    }

    @Test
    void aCardTheCentralDoesNotKnowIsRefusedInPlainWordsWithTheWindowAndPhone() throws Exception {
        kiosk.insert(ScriptedCards.zhangSan());
        ItemController controller = anshan();
        toConfirm(controller);
        controller.confirm();
        ItemStep refused = view.await(Stage.NOT_DONE);
        assertThat(refused.instruction()).contains("业务系统里没有查到这张卡", "103科室", "0412-5550533");
        assertThat(refused.homeAllowed()).isTrue();
        assertThat(kiosk.journalEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo(JournalEntry.Outcome.REFUSED);
            assertThat(entry.detail()).isEqualTo("refused: UnknownCard");
        });
        assertThat(kiosk.receipts.given).isEmpty();
    }

    @Test
    void anUnreachableCentralSendsThePersonToAWindowWithThePhoneOfTheRegionsCatalog() throws Exception {
        SQLiteDataSource nowhere = new SQLiteDataSource();
        nowhere.setUrl("jdbc:sqlite:" + directory.resolve("no-such-folder").resolve("central.db"));
        CountingCards unreachable = new CountingCards(new JdbcBusinessSystem(nowhere, ItemsFixture.CLOCK));
        kiosk.insertCardOf(kiosk.holderOf(CardState.NORMAL));
        ItemController controller = controller(ItemsFixture.region("fushun"), unreachable);
        toConfirm(controller);
        controller.confirm();
        ItemStep notDone = view.await(Stage.NOT_DONE);
        // 001 #40 lists no phone: the first office of the Fushun document that has one stands in, named.
        assertThat(notDone.instruction()).contains("业务系统暂时连接不上", "请到窗口办理：抚顺市合作银行网点",
                "024-53997880");
        assertThat(unreachable.calls).hasValue(1);
        assertThat(kiosk.journalEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.item()).isEqualTo("fushun-40");
            assertThat(entry.outcome()).isEqualTo(JournalEntry.Outcome.FAILED);
        });
        controller.home();
        view.await(Stage.ENDED);
        assertThat(controller.holdsVisitData()).isFalse();
    }

    @Test
    void anIdleWipeMidItemSendsNothingAndALateConfirmDoesNothing() throws Exception {
        kiosk.insertCardOf(kiosk.holderOf(CardState.NORMAL));
        ItemController controller = anshan();
        toConfirm(controller);
        controller.wipe();
        view.await(Stage.ENDED);
        assertThat(view.awaitEnded()).isTrue();
        assertThat(controller.holdsVisitData()).isFalse();
        controller.confirm();
        view.assertQuietFor(500);
        assertThat(cards.calls).hasValue(0);
        assertThat(kiosk.journalEntries()).isEmpty();
        assertThat(kiosk.receipts.given).isEmpty();
    }

    @Test
    void confirmTappedTwiceSendsTheQueryOnceAndPrintsOneReceipt() throws Exception {
        kiosk.insertCardOf(kiosk.holderOf(CardState.NORMAL));
        ItemController controller = anshan();
        toConfirm(controller);
        controller.confirm();
        controller.confirm();
        view.await(Stage.DONE);
        view.assertQuietFor(500);
        assertThat(cards.calls).hasValue(1);
        assertThat(kiosk.journalEntries()).hasSize(1);
        assertThat(kiosk.receipts.given).hasSize(1);
    }

    @Test
    void aPrinterOutOfPaperLeavesTheQueryDoneSaysSoAndPrintsAgainOncePaperIsIn() throws Exception {
        kiosk.insertCardOf(kiosk.holderOf(CardState.NORMAL));
        kiosk.printer.printer().runOutOfPaper();
        ItemController controller = anshan();
        toConfirm(controller);
        controller.confirm();
        ItemStep failed = view.await(Stage.PRINT_FAILED);
        assertThat(failed.instruction()).contains("业务已经办理完成", "凭条没有打印出来");
        assertThat(failed.choices()).extracting(Choice::label).containsExactly("再打印一次", "结束");
        assertThat(String.join("\n", failed.lines())).contains("卡状态：正常");
        assertThat(kiosk.journalEntries()).singleElement()
                .satisfies(entry -> assertThat(entry.outcome()).isEqualTo(JournalEntry.Outcome.SUCCEEDED));
        assertThat(kiosk.papers).isEmpty();

        kiosk.printer.printer().loadPaper();
        controller.tapped(failed.choices().get(0).key());
        view.await(Stage.DONE);
        assertThat(kiosk.papers).hasSize(1);
        assertThat(cards.calls).as("printing again does not query again").hasValue(1);
        assertThat(kiosk.journalEntries()).hasSize(1);
    }

    @Test
    void homeIsRefusedWhileTheCentralActsAndAWipeThenShowsAndPrintsNothingButTheJournalKeepsWhatWasDone() throws Exception {
        kiosk.insertCardOf(kiosk.holderOf(CardState.NORMAL));
        java.util.concurrent.BlockingQueue<Runnable> held = new java.util.concurrent.LinkedBlockingQueue<>();
        ItemServices s = kiosk.services();
        java.util.concurrent.atomic.AtomicBoolean holding = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.Executor gate = task -> {
            if (holding.get()) {
                held.add(task);
            } else {
                s.centralCalls().execute(task);
            }
        };
        ItemServices gated = new ItemServices(s.worker(), gate, s.readers(), s.printer(), s.journal(), s.personKeys(),
                s.numbers(), s.clock(), s.kioskId(), s.hallName(), s.centralDeadline(), s.printDeadline(), s.pinPad(),
                s.documents(), s.pinTimeout());
        ItemController controller = controller(ItemsFixture.region("anshan-tiedong"), cards, gated);
        toConfirm(controller);
        holding.set(true);
        controller.confirm();
        ItemStep acting = view.await(Stage.ACTING);
        assertThat(acting.homeAllowed()).isFalse();
        assertThat(acting.backAllowed()).isFalse();
        controller.home();
        view.assertQuietFor(300);

        controller.wipe();
        view.await(Stage.ENDED);
        assertThat(controller.holdsVisitData()).isFalse();
        held.take().run();
        view.assertQuietFor(500);
        assertThat(cards.calls).hasValue(1);
        assertThat(kiosk.journalEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo(JournalEntry.Outcome.SUCCEEDED);
            assertThat(entry.detail()).contains("the visit ended before the result was shown");
        });
        assertThat(kiosk.receipts.given).isEmpty();
        assertThat(controller.holdsVisitData()).isFalse();
    }

    @Test
    void backFromConfirmReturnsToIdentifyAndDropsTheCardData() throws Exception {
        kiosk.insertCardOf(kiosk.holderOf(CardState.NORMAL));
        ItemController controller = anshan();
        ItemStep confirm = toConfirm(controller);
        assertThat(confirm.backAllowed()).isTrue();
        controller.back();
        ItemStep identify = view.await(Stage.IDENTIFY);
        assertThat(identify.lines()).isEmpty();
        assertThat(controller.holdsVisitData()).isFalse();
        controller.back();
        view.await(Stage.ENDED);
        assertThat(view.awaitEnded()).isTrue();
        assertThat(cards.calls).hasValue(0);
    }
}
