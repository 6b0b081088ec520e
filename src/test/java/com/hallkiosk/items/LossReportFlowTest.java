package com.hallkiosk.items;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.business.CardState;
import com.hallkiosk.business.demo.DemoPerson;
import com.hallkiosk.business.jdbc.JdbcBusinessSystem;
import com.hallkiosk.catalog.model.Region;
import com.hallkiosk.config.ItemsConfig;
import com.hallkiosk.device.idcard.emulator.ScriptedCards;
import com.hallkiosk.items.ItemStep.Stage;
import com.hallkiosk.items.lossreport.LossReportItem;
import com.hallkiosk.items.lossreport.LossRules;
import com.hallkiosk.journal.JournalEntry;
import com.hallkiosk.privacy.PersonalDataMasking;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * 社会保障卡挂失 end to end, headless: the ID card on the emulated SAM module behind a socat pty read by the real
 * driver (the 社保卡 is lost, so it is the only way in), the central's tables over SQLite with the demo
 * population, the emulated receipt printer, the journal outbox.
 */
class LossReportFlowTest {
    @TempDir
    Path directory;
    private ItemsFixture kiosk;
    private PtyIdCardReader ids;
    private CountingCards cards;
    private final RecordingView view = new RecordingView();

    @BeforeEach
    void setUp() throws Exception {
        kiosk = new ItemsFixture(directory);
        cards = new CountingCards(kiosk.central());
        ids = PtyIdCardReader.start(directory);
    }

    @AfterEach
    void tearDown() throws Exception {
        if (ids != null) {
            ids.close();
        }
        kiosk.close();
    }

    private ItemController controller(String regionId, CountingCards services) {
        Region region = ItemsFixture.region(regionId);
        // Which catalog item is this region's is decided by the item's names alone; its rules come from that item.
        LossReportItem probe = new LossReportItem(services, new LossRules(Optional.empty(), List.of(), List.of()));
        var decision = EnabledItems.decide(region, new ItemsConfig(ItemsConfig.Profile.HALL, Map.of()), probe);
        assertThat(decision.enabled()).as(decision.reason()).isTrue();
        var catalogItem = decision.catalogItem().orElseThrow();
        LossReportItem item = new LossReportItem(services, LossRules.of(region, catalogItem));
        return new ItemController(item, new CatalogGuidance(catalogItem, region.offices()),
                kiosk.services(Optional.of(ids.reader())), view);
    }


    /** Start, swipe the ID card (the only way offered), and arrive at the choose step. */
    private ItemStep toChoose(ItemController controller) throws InterruptedException {
        controller.start();
        ItemStep identify = view.await(Stage.IDENTIFY);
        assertThat(identify.choices()).extracting(Choice::label).containsExactly("刷居民身份证");
        controller.tapped(identify.choices().get(0).key());
        return view.await(Stage.CHOOSE);
    }

    private ItemStep toConfirm(ItemController controller, String kindLabel) throws InterruptedException {
        ItemStep choose = toChoose(controller);
        controller.tapped(choose.choices().stream().filter(c -> c.label().equals(kindLabel)).findFirst().orElseThrow().key());
        return view.await(Stage.CONFIRM);
    }

    private CardState stateAtCentral(DemoPerson holder) throws Exception {
        return kiosk.central().cardOf(holder.person().idNumber()).state();
    }

    @Test
    void aTemporaryLossOfANormalCardInAnshanIsDonePrintedAndJournaledWithoutAnAutoLift() throws Exception {
        DemoPerson holder = kiosk.holderOf(CardState.NORMAL);
        ids.module().place(ItemsFixture.idCardOf(holder));
        ItemController controller = controller("anshan-tiedong", cards);
        ItemStep choose = toChoose(controller);
        assertThat(choose.choices()).extracting(Choice::label).containsExactly("临时挂失", "正式挂失");
        controller.choose(choose.choices().get(0).key());
        ItemStep confirm = view.await(Stage.CONFIRM);
        assertThat(confirm.choices()).extracting(Choice::label).containsExactly("确认挂失");
        assertThat(String.join("\n", confirm.lines())).contains("挂失方式：临时挂失", "发卡银行挂失");
        assertThat(cards.calls).as("nothing is sent before confirm").hasValue(0);

        controller.confirm();
        ItemStep done = view.await(Stage.DONE);
        assertThat(stateAtCentral(holder)).isEqualTo(CardState.TEMPORARILY_LOST);
        String shown = String.join("\n", done.lines());
        assertThat(shown).contains("卡状态：临时挂失（2026年6月15日起）", "解挂", "发卡银行：" + holder.card().issuingBank())
                .doesNotContain("自动解挂", holder.person().idNumber(), holder.card().cardNumber());

        JournalEntry entry = kiosk.journalEntries().get(0);
        assertThat(kiosk.journalEntries()).hasSize(1);
        assertThat(entry.item()).isEqualTo("anshan-tiedong-27");
        assertThat(entry.operation()).isEqualTo(LossReportItem.ID);
        assertThat(entry.outcome()).isEqualTo(JournalEntry.Outcome.SUCCEEDED);
        assertThat(entry.detail()).isEqualTo("loss TEMPORARY, card now TEMPORARILY_LOST");
        assertThat(entry.person().idNumber()).isEqualTo(PersonalDataMasking.idNumber(holder.person().idNumber()));

        assertThat(kiosk.papers).hasSize(1);
        String receipt = RecordingPrinter.text(kiosk.receipts.given.get(0));
        assertThat(receipt).contains("社会保障卡挂失与解挂", "交易流水号：" + entry.reference(), "卡状态：临时挂失",
                "卡的金融（银行）功能，请向发卡银行挂失", "咨询电话：0412-5550533")
                .doesNotContain("自动解挂", holder.person().idNumber(), holder.person().name());

        controller.tapped(done.choices().get(0).key());
        view.await(Stage.ENDED);
        assertThat(controller.holdsVisitData()).isFalse();
    }

    @Test
    void aFormalLossInFushunListsTheReplacementChannelsOfTheCatalog() throws Exception {
        DemoPerson holder = kiosk.holderOf(CardState.NORMAL);
        ids.module().place(ItemsFixture.idCardOf(holder));
        ItemController controller = controller("fushun", cards);
        ItemStep confirm = toConfirm(controller, "正式挂失");
        assertThat(String.join("\n", confirm.lines())).contains("不能再使用，也不能解挂");
        controller.confirm();
        view.await(Stage.DONE);
        assertThat(stateAtCentral(holder)).isEqualTo(CardState.FORMALLY_LOST);
        String receipt = RecordingPrinter.text(kiosk.receipts.given.get(0));
        // 001 #37 社会保障卡补领、换领、换发: its channels, with their time limits, follow the formal loss.
        assertThat(receipt).contains("卡状态：正式挂失", "请补办新卡", "窗口办：抚顺市合作银行网点（即时办结）",
                "网上办：国家社会保险公共服务平台（15 个工作日）", "发卡银行挂失");
        assertThat(kiosk.journalEntries()).singleElement()
                .satisfies(entry -> assertThat(entry.detail()).isEqualTo("loss FORMAL, card now FORMALLY_LOST"));
    }

    @Test
    void aFormalLossInAnshanListsAnshansReplacementChannels() throws Exception {
        ids.module().place(ItemsFixture.idCardOf(kiosk.holderOf(CardState.NORMAL)));
        ItemController controller = controller("anshan-tiedong", cards);
        toConfirm(controller, "正式挂失");
        controller.confirm();
        view.await(Stage.DONE);
        assertThat(RecordingPrinter.text(kiosk.receipts.given.get(0)))
                .contains("网上办：国家社会保险公共服务平台（30个工作日）", "103科室");
    }

    @Test
    void inShandongTheTemporaryLossLiftsItselfAfterSevenDaysAndTheReceiptSaysSoWithTheBanksNote() throws Exception {
        DemoPerson holder = kiosk.holderOf(CardState.NORMAL);
        ids.module().place(ItemsFixture.idCardOf(holder));
        ItemController controller = controller("shandong", cards);
        ItemStep choose = toChoose(controller);
        // 004 #26 describes the temporary loss only and Shandong's catalog has no 补领 item.
        assertThat(choose.choices()).extracting(Choice::label).containsExactly("临时挂失");
        controller.choose(choose.choices().get(0).key());
        ItemStep confirm = view.await(Stage.CONFIRM);
        assertThat(String.join("\n", confirm.lines())).contains("临时挂失后社会保障功能7天后自动解挂。",
                "正式挂失和补卡请到窗口办理");
        controller.confirm();
        view.await(Stage.DONE);
        assertThat(stateAtCentral(holder)).isEqualTo(CardState.TEMPORARILY_LOST);
        String receipt = RecordingPrinter.text(kiosk.receipts.given.get(0));
        assertThat(receipt).contains("社会保障卡（社会保障功能）挂失与解挂", "临时挂失后社会保障功能7天后自动解挂。",
                "社会保障卡金融功能临时挂失与解挂可拨打社会保障卡发卡银行服务电话办理。", "临时挂失解挂：爱山东APP",
                "咨询电话：12333");
        assertThat(kiosk.journalEntries()).singleElement()
                .satisfies(entry -> assertThat(entry.item()).isEqualTo("shandong-26"));
    }

    @Test
    void aCardAlreadyLostIsRefusedInPlainWordsAndStaysAsItWas() throws Exception {
        DemoPerson holder = kiosk.holderOf(CardState.TEMPORARILY_LOST);
        ids.module().place(ItemsFixture.idCardOf(holder));
        ItemController controller = controller("anshan-tiedong", cards);
        toConfirm(controller, "临时挂失");
        controller.confirm();
        ItemStep refused = view.await(Stage.NOT_DONE);
        assertThat(refused.instruction()).contains("您的卡已经是临时挂失，不用再临时挂失", "正式挂失", "0412-5550533");
        assertThat(stateAtCentral(holder)).isEqualTo(CardState.TEMPORARILY_LOST);
        assertThat(kiosk.journalEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo(JournalEntry.Outcome.REFUSED);
            assertThat(entry.detail()).isEqualTo("refused: CardNotInState");
        });
        assertThat(kiosk.receipts.given).isEmpty();
    }

    @Test
    void aFormallyLostCardIsRefusedAndSentToTheReplacement() throws Exception {
        ids.module().place(ItemsFixture.idCardOf(kiosk.holderOf(CardState.FORMALLY_LOST)));
        ItemController controller = controller("fushun", cards);
        toConfirm(controller, "正式挂失");
        controller.confirm();
        assertThat(view.await(Stage.NOT_DONE).instruction()).contains("已经正式挂失了，不用再挂失，请办理补卡");
    }

    @Test
    void aPersonTheCentralDoesNotKnowIsRefusedInPlainWords() throws Exception {
        ids.module().place(ScriptedCards.resident());
        ItemController controller = controller("anshan-tiedong", cards);
        toConfirm(controller, "临时挂失");
        controller.confirm();
        ItemStep refused = view.await(Stage.NOT_DONE);
        assertThat(refused.instruction()).contains("没有查到您名下的社会保障卡", "103科室", "0412-5550533");
        assertThat(kiosk.journalEntries()).singleElement()
                .satisfies(entry -> assertThat(entry.outcome()).isEqualTo(JournalEntry.Outcome.REFUSED));
    }

    @Test
    void anUnreachableCentralSendsThePersonToAWindowAndNothingIsPrinted() throws Exception {
        SQLiteDataSource nowhere = new SQLiteDataSource();
        nowhere.setUrl("jdbc:sqlite:" + directory.resolve("no-such-folder").resolve("central.db"));
        CountingCards unreachable = new CountingCards(new JdbcBusinessSystem(nowhere, ItemsFixture.CLOCK));
        DemoPerson holder = kiosk.holderOf(CardState.NORMAL);
        ids.module().place(ItemsFixture.idCardOf(holder));
        ItemController controller = controller("fushun", unreachable);
        toConfirm(controller, "临时挂失");
        controller.confirm();
        ItemStep notDone = view.await(Stage.NOT_DONE);
        assertThat(notDone.instruction()).contains("业务系统暂时连接不上", "请到窗口办理：抚顺市合作银行网点");
        assertThat(unreachable.calls).hasValue(1);
        assertThat(stateAtCentral(holder)).isEqualTo(CardState.NORMAL);
        assertThat(kiosk.journalEntries()).singleElement()
                .satisfies(entry -> assertThat(entry.outcome()).isEqualTo(JournalEntry.Outcome.FAILED));
        assertThat(kiosk.receipts.given).isEmpty();
    }

    @Test
    void anIdleWipeBeforeConfirmSendsNothingAndALateConfirmDoesNothing() throws Exception {
        DemoPerson holder = kiosk.holderOf(CardState.NORMAL);
        ids.module().place(ItemsFixture.idCardOf(holder));
        ItemController controller = controller("anshan-tiedong", cards);
        toConfirm(controller, "正式挂失");
        controller.wipe();
        view.await(Stage.ENDED);
        assertThat(controller.holdsVisitData()).isFalse();
        controller.confirm();
        view.assertQuietFor(500);
        assertThat(cards.calls).hasValue(0);
        assertThat(stateAtCentral(holder)).isEqualTo(CardState.NORMAL);
        assertThat(kiosk.journalEntries()).isEmpty();
        assertThat(kiosk.receipts.given).isEmpty();
    }

    @Test
    void confirmTappedTwiceReportsTheLossOnceAndPrintsOneReceipt() throws Exception {
        DemoPerson holder = kiosk.holderOf(CardState.NORMAL);
        ids.module().place(ItemsFixture.idCardOf(holder));
        ItemController controller = controller("anshan-tiedong", cards);
        toConfirm(controller, "临时挂失");
        controller.confirm();
        controller.confirm();
        view.await(Stage.DONE);
        view.assertQuietFor(500);
        assertThat(cards.calls).hasValue(1);
        assertThat(stateAtCentral(holder)).isEqualTo(CardState.TEMPORARILY_LOST);
        assertThat(kiosk.journalEntries()).hasSize(1);
        assertThat(kiosk.receipts.given).hasSize(1);
    }
}
