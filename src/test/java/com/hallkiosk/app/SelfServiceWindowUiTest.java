package com.hallkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.business.CardState;
import com.hallkiosk.demo.DemoCardDesk;
import com.hallkiosk.demo.DemoCardHolder;
import com.hallkiosk.items.PinPrompt;
import com.hallkiosk.journal.JournalEntry;
import com.hallkiosk.session.IdlePolicy;
import com.hallkiosk.ui.WindowDriver;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The card services through the real kiosk window, driven by a robot, wired as the demo wires them
 * ({@link ItemsWindowKiosk}): status, loss report, unlock, activation with the PIN on the on-screen keypad,
 * cancellation where the region allows it; the idle wipe mid-item, and the central not up yet.
 */
class SelfServiceWindowUiTest {
    @RegisterExtension
    static final ItemsWindows WINDOWS = new ItemsWindows();

    private ItemsWindowKiosk launched;
    private KioskLauncher.RunningKiosk kiosk;
    private DemoCardDesk desk;
    private WindowDriver window;

    private void launch(ItemsWindowKiosk.Setup setup) throws Exception {
        launched = WINDOWS.launch(setup);
        kiosk = launched.kiosk;
        desk = launched.desk;
        window = launched.window;
    }

    private void launch() throws Exception {
        launch(ItemsWindowKiosk.Setup.demo());
    }

    private void awaitTitle(String title) throws InterruptedException {
        launched.awaitTitle(title);
    }

    private CardState stateAtTheCentral(DemoCardHolder holder) throws Exception {
        return launched.stateAtTheCentral(holder);
    }

    private List<JournalEntry> journal() {
        return launched.journal();
    }

    @Test
    void theCardStatusOfA社保卡InTheReader() throws Exception {
        launch();
        DemoCardHolder holder = desk.insertSocialSecurityCard("normal");
        window.click("tile-anshan-tiedong-29");
        awaitTitle("社会保障卡应用状态查询");
        assertThat(window.visible("back")).isTrue();
        window.click("choice-SOCIAL_SECURITY_CARD");
        awaitTitle("请确认");
        assertThat(window.allText()).contains(holder.maskedName() + " " + holder.maskedIdNumber());
        window.click("choice-confirm");
        awaitTitle("办理完成");
        assertThat(window.allText()).contains("卡状态：正常", "交易流水号：");
        assertThat(window.visible("back")).as("nothing to go back to once done").isFalse();
        assertThat(kiosk.receiptEmulator().printed()).singleElement()
                .satisfies(receipt -> assertThat(String.join("\n", receipt.lines())).contains("社会保障卡应用状态查询"));
        assertThat(journal()).singleElement().satisfies(entry -> {
            assertThat(entry.operation()).isEqualTo("card-status");
            assertThat(entry.outcome()).isEqualTo(JournalEntry.Outcome.SUCCEEDED);
        });
        window.click("choice-finish");
        launched.awaitHome();
    }

    @Test
    void aTemporaryLossReportByIdCardChosenOnTheSharedTile() throws Exception {
        launch();
        DemoCardHolder holder = desk.placeIdCard("normal");
        window.click("tile-anshan-tiedong-27");
        window.waitFor("the choice", () -> window.find("offer-card-unlock").isPresent());
        window.click("offer-card-loss");
        awaitTitle("社会保障卡挂失与解挂");
        window.click("choice-ID_CARD");
        window.waitFor("the kinds of loss", () -> window.find("choice-TEMPORARY").isPresent());
        window.click("choice-TEMPORARY");
        awaitTitle("请确认");
        window.click("choice-confirm");
        awaitTitle("办理完成");
        assertThat(stateAtTheCentral(holder)).isEqualTo(CardState.TEMPORARILY_LOST);
        assertThat(window.allText()).contains(holder.maskedName()).doesNotContain(holder.person().person().idNumber());
        assertThat(journal()).singleElement().satisfies(entry -> assertThat(entry.operation()).isEqualTo("card-loss"));
    }

    @Test
    void anUnlockWithTheIdCardAndThe社保卡OfTheSamePerson() throws Exception {
        launch();
        DemoCardHolder holder = desk.presentBoth("temp-lost");
        window.click("tile-anshan-tiedong-27");
        window.click("offer-card-unlock");
        window.click("choice-ID_CARD_AND_CARD");
        awaitTitle("请确认");
        assertThat(window.text("choice-confirm")).isEqualTo("确认解挂");
        window.click("choice-confirm");
        awaitTitle("办理完成");
        assertThat(stateAtTheCentral(holder)).isEqualTo(CardState.NORMAL);
        assertThat(window.allText()).contains("卡状态：正常");
    }

    @Test
    void theIdleWipeMidItemGoesHomeWithNothingOfThePersonLeftAndNothingDone() throws Exception {
        launch(ItemsWindowKiosk.Setup.demo().idle(new IdlePolicy(Duration.ofSeconds(3), Duration.ofSeconds(3),
                Duration.ofSeconds(3))));
        DemoCardHolder holder = desk.insertSocialSecurityCard("normal");
        window.click("tile-anshan-tiedong-29");
        window.click("choice-SOCIAL_SECURITY_CARD");
        awaitTitle("请确认");
        assertThat(window.allText()).contains(holder.maskedName(), holder.maskedIdNumber());
        window.waitFor("the question", () -> window.visible("idle-question"));
        window.waitFor("the wipe", () -> window.text("title").equals("测试大厅") && !window.visible("idle-question"));
        assertThat(window.allText()).doesNotContain(holder.maskedName(), holder.maskedIdNumber(), "请确认", "持卡人");
        assertThat(journal()).as("nothing was done at the central").isEmpty();
        assertThat(kiosk.receiptEmulator().printed()).isEmpty();

        window.click("tile-anshan-tiedong-29");
        awaitTitle("社会保障卡应用状态查询");
        assertThat(window.allText()).as("the item starts afresh").doesNotContain(holder.maskedName());
    }

    private static final String NEW_PIN = "258036";

    @Test
    void anActivationChecksBothCardsAndTakesTheNewPinTwiceOnTheOnScreenKeypadWhoseDigitsMove() throws Exception {
        launch();
        DemoCardHolder holder = desk.presentBoth("sealed");
        launched.toConfirm("tile-anshan-tiedong-28", "社会保障卡启用", "ID_CARD_AND_CARD");
        assertThat(window.allText()).contains(holder.maskedName() + " " + holder.maskedIdNumber(),
                "身份证和社保卡已核对为同一人", "卡的金融（银行）功能不在这台机器上激活");
        assertThat(window.text("choice-confirm")).isEqualTo("确认启用");
        window.click("choice-confirm");
        awaitTitle(PinPrompt.NEW.title());
        assertThat(window.find("keypad")).as("the on-screen keypad, this kiosk having no PIN pad").isPresent();
        String firstOrder = launched.digitOrder();
        launched.tapDigits(NEW_PIN.substring(0, 2));
        window.waitFor("two dots", () -> window.text("line-0").equals("已输入：●●○○○○"));
        assertThat(window.allText()).doesNotContain(NEW_PIN.substring(0, 2));
        launched.tapDigits(NEW_PIN.substring(2));
        window.click("keypad-enter");
        awaitTitle(PinPrompt.NEW_AGAIN.title());
        window.waitFor("no dots", () -> window.text("line-0").equals("已输入：○○○○○○"));
        String secondOrder = launched.digitOrder();
        launched.typePin(NEW_PIN);
        awaitTitle("办理完成");
        assertThat(window.allText()).contains("卡状态：正常（社会保障功能已启用）").doesNotContain(NEW_PIN);
        assertThat(stateAtTheCentral(holder)).isEqualTo(CardState.NORMAL);
        assertThat(launched.centralRecords().verifyPin(holder.socialSecurityCard().cardNumber(), NEW_PIN.toCharArray())
                .pinTriesLeft()).as("the PIN typed twice is the card's PIN at the central").isEqualTo(6);
        assertThat(List.of(firstOrder, secondOrder)).as("each entry draws its own layout; the same twice in a row is"
                + " one chance in 3.6 million").doesNotHaveDuplicates();
        assertThat(journal()).singleElement().satisfies(entry -> {
            assertThat(entry.operation()).isEqualTo("card-activation");
            assertThat(entry.outcome()).isEqualTo(JournalEntry.Outcome.SUCCEEDED);
            assertThat(entry.detail()).doesNotContain(NEW_PIN);
        });
        assertThat(launched.receipts()).singleElement().asString().contains("社会保障卡启用", holder.maskedIdNumber())
                .doesNotContain(NEW_PIN);
    }

    @Test
    void inShandongACardIsCancelledWithTheIdCardAfterTheWarningThatItCannotBeUndone() throws Exception {
        launch(ItemsWindowKiosk.Setup.demo().in("shandong"));
        DemoCardHolder holder = desk.placeIdCard("normal");
        launched.toConfirm("tile-shandong-27", "社会保障卡（社会保障功能）注销", "ID_CARD");
        assertThat(window.allText()).contains(holder.maskedName() + " " + holder.maskedIdNumber(),
                "办理条件：转出统筹外人员。符合这个条件才能注销。", "请注意：注销后这张卡不能再使用。注销不能撤销，卡也不能恢复。");
        assertThat(window.text("choice-confirm")).isEqualTo("确认注销");
        assertThat(stateAtTheCentral(holder)).as("nothing before confirm").isEqualTo(CardState.NORMAL);
        window.click("choice-confirm");
        awaitTitle("办理完成");
        assertThat(window.allText()).contains("卡状态：注销");
        assertThat(stateAtTheCentral(holder)).isEqualTo(CardState.CANCELLED);
        assertThat(journal()).singleElement().satisfies(entry -> {
            assertThat(entry.item()).isEqualTo("shandong-27");
            assertThat(entry.operation()).isEqualTo("card-cancellation");
        });
        assertThat(launched.receipts()).singleElement().asString().contains("卡状态：注销", "0531-12333");
        window.click("choice-finish");
        launched.awaitHome();
    }

    @Test
    void beforeTheCentralIsUpALossReportSaysSoAndWhereToGoAndNothingIsDone() throws Exception {
        launch(ItemsWindowKiosk.Setup.demo().beforeTheCentralIsUp());
        DemoCardHolder holder = desk.placeIdCard("normal");
        window.click("tile-anshan-tiedong-27");
        window.click("offer-card-loss");
        window.click("choice-ID_CARD");
        window.click("choice-TEMPORARY");
        awaitTitle("请确认");
        window.click("choice-confirm");
        awaitTitle("暂时无法办理");
        assertThat(window.text("instruction")).contains("业务系统暂时连接不上", "没有办理", "0412-5550533");
        assertThat(stateAtTheCentral(holder)).isEqualTo(CardState.NORMAL);
        assertThat(journal()).singleElement().satisfies(entry ->
                assertThat(entry.outcome()).isEqualTo(JournalEntry.Outcome.FAILED));
        window.click("choice-finish");
        launched.awaitHome();
    }

    @Test
    void theTileOfAnItemThisKioskDoesNotDoOpensItsGuidePage() throws Exception {
        launch();
        assertThat(window.text("tile-anshan-tiedong-26")).contains("本机暂未开通");
        window.click("tile-anshan-tiedong-26");
        window.waitFor("the guide page", () -> window.text("title").equals("社会保障卡补领、换领、补发"));
        assertThat(window.text("availability")).contains("本机暂未开通此业务");
        assertThat(window.find("start-here")).isEmpty();
    }
}
