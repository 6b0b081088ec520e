package com.hallkiosk.items;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.business.CardState;
import com.hallkiosk.business.demo.DemoPerson;
import com.hallkiosk.catalog.model.Region;
import com.hallkiosk.config.ItemsConfig;
import com.hallkiosk.items.ItemStep.Stage;
import com.hallkiosk.items.cancellation.CancellationItem;
import com.hallkiosk.items.cancellation.CancellationRules;
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

/**
 * 社会保障卡注销 end to end, headless, in the one region whose catalog lets a terminal do it (004 #27, 山东): the ID card
 * over the SAM pty, the central over SQLite, the receipt printer and the journal.
 */
class CancellationFlowTest {
    private static final ItemsConfig HALL = new ItemsConfig(ItemsConfig.Profile.HALL, Map.of());
    private static final String ACCOUNTS_ELSEWHERE =
            "社会保障卡（社会保障功能）注销是注销社会保障卡管理系统中卡片记录，银行账户和医疗保险个人账户业务需相关部门分别办理。";

    @TempDir
    Path directory;
    private CardItemsKiosk kiosk;

    @BeforeEach
    void setUp() throws Exception {
        kiosk = CardItemsKiosk.start(directory, true, Optional.empty());
    }

    @AfterEach
    void tearDown() throws Exception {
        kiosk.close();
    }

    private static EnabledItems.Decision decision(String regionId) {
        Region region = ItemsFixture.region(regionId);
        CancellationItem probe = new CancellationItem(null, new CancellationRules(Optional.empty(), List.of()));
        return EnabledItems.decide(region, HALL, probe);
    }

    private ItemController shandong() {
        var catalogItem = decision("shandong").catalogItem().orElseThrow();
        return kiosk.controller(new CancellationItem(kiosk.cards, CancellationRules.of(catalogItem)), ItemsFixture.region("shandong"));
    }

    /** The ID card of {@code person} swiped, the only way in. */
    private void identify(ItemController controller, DemoPerson person) throws InterruptedException {
        kiosk.placeIdCard(person);
        kiosk.identify(controller, "刷居民身份证");
    }

    private ItemStep toConfirm(ItemController controller, DemoPerson person) throws InterruptedException {
        identify(controller, person);
        return kiosk.view.await(Stage.CONFIRM);
    }

    private CardState stateAtTheCentral(DemoPerson holder) throws Exception {
        return kiosk.atTheCentral(holder).state();
    }

    @Test
    void aNormalCardIsCancelledAfterAWarningThatItCannotBeUndone() throws Exception {
        DemoPerson holder = kiosk.fixture.holderOf(CardState.NORMAL);
        String maskedId = PersonalDataMasking.idNumber(holder.person().idNumber());
        ItemController controller = shandong();
        ItemStep confirm = toConfirm(controller, holder);
        assertThat(confirm.lines()).contains("注销社会保障卡（社会保障功能）",
                "卡号：" + PersonalDataMasking.socialSecurityCardNumber(holder.card().cardNumber()),
                "办理条件：转出统筹外人员。符合这个条件才能注销。", "请注意：注销后这张卡不能再使用。注销不能撤销，卡也不能恢复。",
                ACCOUNTS_ELSEWHERE);
        assertThat(confirm.choices()).extracting(Choice::label).containsExactly("确认注销");
        assertThat(kiosk.cards.changes).hasValue(0);

        controller.confirm();
        ItemStep done = kiosk.view.await(Stage.DONE);
        assertThat(stateAtTheCentral(holder)).isEqualTo(CardState.CANCELLED);
        assertThat(done.lines()).contains("卡状态：注销", ACCOUNTS_ELSEWHERE);
        assertThat(kiosk.fixture.journalEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.item()).isEqualTo("shandong-27");
            assertThat(entry.operation()).isEqualTo(CancellationItem.ID);
            assertThat(entry.outcome()).isEqualTo(JournalEntry.Outcome.SUCCEEDED);
            assertThat(entry.person().idNumber()).isEqualTo(maskedId);
            assertThat(entry.detail()).isEqualTo("NORMAL -> CANCELLED");
        });
        String receipt = RecordingPrinter.text(kiosk.fixture.receipts.given.get(0));
        assertThat(receipt).contains("社会保障卡（社会保障功能）注销", "卡状态：注销", maskedId, "咨询电话：0531-12333",
                "综合窗口");
        assertThat(receipt).doesNotContain(holder.person().idNumber(), holder.card().cardNumber());
        controller.tapped(done.choices().get(0).key());
        kiosk.view.await(Stage.ENDED);
        assertThat(controller.holdsVisitData()).isFalse();
    }

    @Test
    void aLostCardIsNotCancelledHereAndTheWordsSayWhy() throws Exception {
        DemoPerson holder = kiosk.fixture.holderOf(CardState.TEMPORARILY_LOST);
        ItemController controller = shandong();
        identify(controller, holder);
        ItemStep refused = kiosk.view.await(Stage.NOT_DONE);
        // 004 #27: 窗口 "山东省人力资源和社会保障厅政务服务大厅（解放东路 16 号）综合窗口", phone 0531-12333.
        assertThat(refused.instruction()).contains("这张卡现在是临时挂失状态", "办事指南写明线上注销要求卡状态正常",
                "这台机器也只注销状态正常的卡", "综合窗口", "0531-12333");
        assertThat(stateAtTheCentral(holder)).isEqualTo(CardState.TEMPORARILY_LOST);
        kiosk.assertNothingDone();
    }

    @Test
    void aCancelledCardIsSaidToBeCancelledAlready() throws Exception {
        DemoPerson holder = kiosk.fixture.holderOf(CardState.CANCELLED);
        ItemController controller = shandong();
        identify(controller, holder);
        assertThat(kiosk.view.await(Stage.NOT_DONE).instruction()).contains("这张卡已经注销了，不用再注销。");
        assertThat(kiosk.cards.changes).hasValue(0);
    }

    @Test
    void confirmTappedTwiceCancelsOnce() throws Exception {
        DemoPerson holder = kiosk.fixture.holderOf(CardState.NORMAL);
        ItemController controller = shandong();
        toConfirm(controller, holder);
        controller.confirm();
        controller.confirm();
        kiosk.view.await(Stage.DONE);
        kiosk.view.assertQuietFor(500);
        kiosk.assertDoneOnce();
    }

    @Test
    void anUnreachableCentralCancelsNothing() throws Exception {
        DemoPerson holder = kiosk.fixture.holderOf(CardState.NORMAL);
        kiosk.cards.changesUnavailable.set(true);
        ItemController controller = shandong();
        toConfirm(controller, holder);
        controller.confirm();
        assertThat(kiosk.view.await(Stage.NOT_DONE).instruction()).contains("业务系统暂时连接不上", "0531-12333");
        assertThat(stateAtTheCentral(holder)).isEqualTo(CardState.NORMAL);
        assertThat(kiosk.fixture.journalEntries()).singleElement()
                .satisfies(entry -> assertThat(entry.outcome()).isEqualTo(JournalEntry.Outcome.FAILED));
    }

    @Test
    void onlyShandongsCatalogLetsATerminalCancelACard() {
        assertThat(decision("shandong").catalogItem().orElseThrow().id()).isEqualTo("shandong-27");
        // 002 #2 社会保障卡注销: 窗口办 and 网上办 only.
        EnabledItems.Decision haicheng = decision("haicheng");
        assertThat(haicheng.catalogItem().orElseThrow().id()).isEqualTo("haicheng-2");
        assertThat(haicheng.enabled()).isFalse();
        assertThat(haicheng.reason()).contains("没有写可在自助终端办理");
        for (String region : new String[] {"anshan-tiedong", "fushun"}) {
            assertThat(decision(region).enabled()).as(region).isFalse();
            assertThat(decision(region).reason()).contains("没有这项业务");
        }
    }
}
