package com.hallkiosk.items;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.business.CardState;
import com.hallkiosk.business.demo.DemoPerson;
import com.hallkiosk.business.jdbc.JdbcBusinessSystem;
import com.hallkiosk.catalog.model.Region;
import com.hallkiosk.config.ItemsConfig;
import com.hallkiosk.items.ItemStep.Stage;
import com.hallkiosk.items.unlock.UnlockItem;
import com.hallkiosk.journal.JournalEntry;
import com.hallkiosk.privacy.PersonalDataMasking;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * 社保卡解挂 end to end, headless: the resident ID card through the real SAM driver over a socat pty against the
 * emulated module, the 社保卡 through the real PC/SC driver in the virtual reader, the central's business tables
 * over SQLite, the emulated receipt printer and the journal outbox. In the items package (like the card status
 * tests) for the package's test fixtures.
 */
class UnlockFlowTest {
    private static final ItemsConfig HALL = new ItemsConfig(ItemsConfig.Profile.HALL, Map.of());

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

    private ItemController controller(Region region, CountingCards services) {
        UnlockItem item = new UnlockItem(services);
        EnabledItems.Decision decision = EnabledItems.decide(region, HALL, item);
        assertThat(decision.enabled()).as(decision.reason()).isTrue();
        return new ItemController(item, new CatalogGuidance(decision.catalogItem().orElseThrow(), region.offices()),
                kiosk.services(Optional.of(ids.reader())), view);
    }

    private ItemController anshan() {
        return controller(ItemsFixture.region("anshan-tiedong"), cards);
    }


    /** The holder's ID card on the module and their 社保卡 in the reader, as the central knows them. */
    private void present(DemoPerson holder) {
        ids.module().place(ItemsFixture.idCardOf(holder));
        kiosk.insertCardOf(holder);
    }

    /** Start and tap the one way this item identifies: the ID card and the card together. */
    private void identify(ItemController controller) throws InterruptedException {
        controller.start();
        ItemStep identify = view.await(Stage.IDENTIFY);
        assertThat(identify.choices()).extracting(Choice::label).containsExactly("刷居民身份证并插入社会保障卡");
        controller.tapped(identify.choices().get(0).key());
    }

    private ItemStep toConfirm(ItemController controller) throws InterruptedException {
        identify(controller);
        return view.await(Stage.CONFIRM);
    }

    private CardState stateAtTheCentral(DemoPerson holder) throws Exception {
        return kiosk.central().cardByNumber(holder.card().cardNumber()).state();
    }

    @Test
    void aTemporarilyLostCardIsUnlockedPrintedAndJournaledMasked() throws Exception {
        DemoPerson holder = kiosk.holderOf(CardState.TEMPORARILY_LOST);
        present(holder);
        ItemController controller = anshan();

        ItemStep confirm = toConfirm(controller);
        String maskedId = PersonalDataMasking.idNumber(holder.person().idNumber());
        String maskedCard = PersonalDataMasking.socialSecurityCardNumber(holder.card().cardNumber());
        assertThat(confirm.lines()).contains("持卡人：" + PersonalDataMasking.name(holder.person().name()) + " " + maskedId,
                "卡号：" + maskedCard);
        assertThat(confirm.choices()).extracting(Choice::label).containsExactly("确认解挂");
        assertThat(cards.calls).as("nothing is sent before confirm").hasValue(0);

        controller.confirm();
        ItemStep done = view.await(Stage.DONE);
        assertThat(stateAtTheCentral(holder)).isEqualTo(CardState.NORMAL);
        assertThat(done.lines()).contains("卡号：" + maskedCard, "卡状态：正常");
        assertThat(done.text()).doesNotContain(holder.person().idNumber(), holder.card().cardNumber());

        assertThat(kiosk.journalEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.item()).isEqualTo("anshan-tiedong-27");
            assertThat(entry.operation()).isEqualTo(UnlockItem.ID);
            assertThat(entry.outcome()).isEqualTo(JournalEntry.Outcome.SUCCEEDED);
            assertThat(entry.person().idNumber()).isEqualTo(maskedId);
            assertThat(entry.detail()).isEqualTo("TEMPORARILY_LOST -> NORMAL");
            assertThat(done.lines()).contains("交易流水号：" + entry.reference());
        });
        assertThat(kiosk.receipts.given).hasSize(1);
        assertThat(kiosk.papers).as("the emulated printer cut one receipt").hasSize(1);
        String receipt = RecordingPrinter.text(kiosk.receipts.given.get(0));
        assertThat(receipt).contains("社会保障卡挂失与解挂", "卡状态：正常", "办理人：" + PersonalDataMasking.name(
                holder.person().name()) + " " + maskedId, "咨询电话：0412-5550533");
        assertThat(receipt).doesNotContain(holder.person().idNumber(), holder.card().cardNumber());

        controller.tapped(done.choices().get(0).key());
        view.await(Stage.ENDED);
        assertThat(controller.holdsVisitData()).isFalse();
    }

    @Test
    void aFormallyLostCardIsRefusedWithTheReplacementAndTheCatalogsWindowAndPhone() throws Exception {
        DemoPerson holder = kiosk.holderOf(CardState.FORMALLY_LOST);
        present(holder);
        ItemController controller = anshan();
        toConfirm(controller);
        controller.confirm();
        ItemStep refused = view.await(Stage.NOT_DONE);
        // 000 #27: 窗口办 "鞍山市合作银行网点或铁东区人力资源和社会保障服务中心103科室", phones ["0412-5550533"].
        assertThat(refused.instruction()).contains("正式挂失不能解挂", "补卡", "103科室", "0412-5550533");
        assertThat(stateAtTheCentral(holder)).isEqualTo(CardState.FORMALLY_LOST);
        assertThat(kiosk.journalEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo(JournalEntry.Outcome.REFUSED);
            assertThat(entry.detail()).isEqualTo("refused: CardNotInState");
        });
        assertThat(kiosk.receipts.given).isEmpty();
    }

    @Test
    void aNormalCardHasNothingToUnlockAndStaysNormal() throws Exception {
        DemoPerson holder = kiosk.holderOf(CardState.NORMAL);
        present(holder);
        ItemController controller = anshan();
        toConfirm(controller);
        controller.confirm();
        assertThat(view.await(Stage.NOT_DONE).instruction()).contains("正常状态", "不需要解挂");
        assertThat(stateAtTheCentral(holder)).isEqualTo(CardState.NORMAL);
        assertThat(kiosk.receipts.given).isEmpty();
    }

    @Test
    void anIdCardAndASocialSecurityCardOfTwoPeopleAreRefusedBeforeAnythingIsSent() throws Exception {
        DemoPerson holder = kiosk.holderOf(CardState.TEMPORARILY_LOST);
        DemoPerson someoneElse = kiosk.population.people()
                .filter(p -> !p.person().idNumber().equals(holder.person().idNumber())).findFirst().orElseThrow();
        ids.module().place(ItemsFixture.idCardOf(someoneElse));
        kiosk.insertCardOf(holder);
        ItemController controller = anshan();
        identify(controller);
        ItemStep again = view.await(Stage.IDENTIFY);
        assertThat(again.notice()).contains("身份证和社保卡不是同一个人");
        assertThat(again.text()).doesNotContain(holder.person().idNumber(), someoneElse.person().idNumber());
        assertThat(cards.calls).hasValue(0);
        assertThat(kiosk.journalEntries()).isEmpty();
        assertThat(stateAtTheCentral(holder)).isEqualTo(CardState.TEMPORARILY_LOST);
        controller.confirm();
        view.assertQuietFor(300);
        assertThat(cards.calls).as("a confirm tapped at identify sends nothing").hasValue(0);
    }

    @Test
    void theCardPulledOutAfterTheIdCardWasReadSaysSoSendsNothingAndAnotherTryWorks() throws Exception {
        DemoPerson holder = kiosk.holderOf(CardState.TEMPORARILY_LOST);
        present(holder);
        kiosk.slot.removeCardAfter(5);
        ItemController controller = anshan();
        identify(controller);
        ItemStep again = view.await(Stage.IDENTIFY);
        assertThat(again.notice()).contains("卡被拔出", "社保卡");
        assertThat(cards.calls).hasValue(0);
        assertThat(kiosk.journalEntries()).isEmpty();

        // Another try reads both again: like a real module, the emulated one reads a placed ID card once.
        present(holder);
        controller.identifyWith(IdentitySource.ID_CARD_AND_CARD);
        assertThat(view.await(Stage.CONFIRM).notice()).isEmpty();
    }

    @Test
    void noCardInTheReaderAfterTheIdCardAsksForTheCard() throws Exception {
        ids.module().place(ItemsFixture.idCardOf(kiosk.holderOf(CardState.TEMPORARILY_LOST)));
        ItemController controller = anshan();
        identify(controller);
        assertThat(view.await(Stage.IDENTIFY).notice()).contains("没有读到卡", "社保卡");
        assertThat(cards.calls).hasValue(0);
    }

    @Test
    void anUnreachableCentralSendsThePersonToAWindowAndTheCardStaysLost() throws Exception {
        SQLiteDataSource nowhere = new SQLiteDataSource();
        nowhere.setUrl("jdbc:sqlite:" + directory.resolve("no-such-folder").resolve("central.db"));
        CountingCards unreachable = new CountingCards(new JdbcBusinessSystem(nowhere, ItemsFixture.CLOCK));
        DemoPerson holder = kiosk.holderOf(CardState.TEMPORARILY_LOST);
        present(holder);
        ItemController controller = controller(ItemsFixture.region("fushun"), unreachable);
        toConfirm(controller);
        controller.confirm();
        ItemStep notDone = view.await(Stage.NOT_DONE);
        // 001 #38: 窗口办 "抚顺市合作银行网点" and no phone: the first office of the Fushun document with one stands in.
        assertThat(notDone.instruction()).contains("业务系统暂时连接不上", "请到窗口办理：抚顺市合作银行网点", "024-53997880");
        assertThat(unreachable.calls).hasValue(1);
        assertThat(stateAtTheCentral(holder)).isEqualTo(CardState.TEMPORARILY_LOST);
        assertThat(kiosk.journalEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.item()).isEqualTo("fushun-38");
            assertThat(entry.outcome()).isEqualTo(JournalEntry.Outcome.FAILED);
        });
        assertThat(kiosk.receipts.given).isEmpty();
    }

    @Test
    void confirmTappedTwiceUnlocksOnceAndPrintsOneReceipt() throws Exception {
        DemoPerson holder = kiosk.holderOf(CardState.TEMPORARILY_LOST);
        present(holder);
        ItemController controller = anshan();
        toConfirm(controller);
        controller.confirm();
        controller.confirm();
        view.await(Stage.DONE);
        view.assertQuietFor(500);
        assertThat(cards.calls).hasValue(1);
        assertThat(kiosk.journalEntries()).hasSize(1);
        assertThat(kiosk.receipts.given).hasSize(1);
        assertThat(stateAtTheCentral(holder)).isEqualTo(CardState.NORMAL);
    }

    @Test
    void shandongOffersItFromItsOwnCatalogItem() {
        // 004 #26 "社会保障卡（社会保障功能）挂失与解挂", with a 临时挂失解挂 channel at the halls' 一体机.
        EnabledItems.Decision decision = EnabledItems.decide(ItemsFixture.region("shandong"), HALL, new UnlockItem(cards));
        assertThat(decision.catalogItem().orElseThrow().name()).isEqualTo("社会保障卡（社会保障功能）挂失与解挂");
        assertThat(decision.enabled()).as(decision.reason()).isTrue();
    }
}
