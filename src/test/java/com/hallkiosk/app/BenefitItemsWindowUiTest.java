package com.hallkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.business.Application;
import com.hallkiosk.business.ApplicationKind;
import com.hallkiosk.business.Entitlement;
import com.hallkiosk.business.SkillCertificate;
import com.hallkiosk.catalog.CuratedCatalogFixture;
import com.hallkiosk.catalog.model.Region;
import com.hallkiosk.demo.DemoCardHolder;
import com.hallkiosk.journal.JournalEntry;
import com.hallkiosk.ui.WindowDriver;
import com.hallkiosk.ui.widgets.CameraMirror;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The part-2 items through the real kiosk window ({@link ItemsWindowKiosk}), on their happy paths and the photo
 * held up to the camera. The benefit applications are Shandong's (004 #28, #30 自助一体机), identified by the demo
 * 社保卡 in the virtual PC/SC reader. 待遇领取资格认证 is at a terminal in no shipped catalog (001 #41 names the
 * window, the web and the phone apps), so that kiosk is Fushun's with #41 published for terminals
 * ({@link CuratedCatalogFixture#withTerminalAccess}); its face is filmed by the emulated camera, which the demo card
 * desk puts the ID card's holder in front of.
 */
class BenefitItemsWindowUiTest {
    private static final ZoneId ZONE = ItemsWindowKiosk.ZONE;

    @RegisterExtension
    static final ItemsWindows WINDOWS = new ItemsWindows();

    private ItemsWindowKiosk launched;
    private WindowDriver window;

    private void launchIn(String regionId) throws Exception {
        launched = WINDOWS.launch(ItemsWindowKiosk.Setup.demo().in(regionId));
        window = launched.window;
    }

    private void launchWithCertificationAtTheTerminal() throws Exception {
        Region published = CuratedCatalogFixture.withTerminalAccess(
                CuratedCatalogFixture.region(ItemsWindowKiosk.CATALOG, "fushun"), "41");
        launched = WINDOWS.launch(ItemsWindowKiosk.Setup.demo().in(ItemsWindowKiosk.CATALOG.withRegion(published), "fushun"));
        window = launched.window;
    }

    private static String catalogName(String regionId, String number) {
        return CuratedCatalogFixture.item(ItemsWindowKiosk.CATALOG, regionId, number).name();
    }

    @Test
    void anEligibleUnemployedPersonAppliesForTheBenefitWithTheir社保卡() throws Exception {
        launchIn("shandong");
        DemoCardHolder holder = launched.desk.insertSocialSecurityCard("unemployed");
        launched.toConfirm("tile-shandong-28", catalogName("shandong", "28"), "SOCIAL_SECURITY_CARD");
        assertThat(window.allText()).contains("申请事项：失业保险金申领", holder.maskedName() + " " + holder.maskedIdNumber(),
                "收款账户：社保卡金融账户", "已核对：", "— 004 #28 办理条件（一）", "由经办机构审核时核验");
        assertThat(window.text("choice-confirm")).isEqualTo("确认申请");
        window.click("choice-confirm");
        launched.awaitTitle("办理完成");

        List<Application> applications = launched.centralRecords().applications(holder.person().person().idNumber());
        assertThat(applications).singleElement().satisfies(application -> {
            assertThat(application.kind()).isEqualTo(ApplicationKind.UNEMPLOYMENT_BENEFIT);
            assertThat(window.allText()).contains("申请编号：" + application.applicationNumber(), "个工作日）");
            assertThat(launched.receipts()).singleElement().asString().contains("失业保险金申领",
                    application.applicationNumber());
        });
        assertThat(window.allText()).doesNotContain(holder.person().person().idNumber());
        assertThat(launched.journal()).singleElement().satisfies(entry -> {
            assertThat(entry.item()).isEqualTo("shandong-28");
            assertThat(entry.operation()).isEqualTo("unemployment-benefit");
            assertThat(entry.outcome()).isEqualTo(JournalEntry.Outcome.SUCCEEDED);
        });
        window.click("choice-finish");
        launched.awaitHome();
    }

    @Test
    void aSkillSubsidyIsAppliedForTheCertificateThePersonTaps() throws Exception {
        launchIn("shandong");
        DemoCardHolder holder = launched.desk.insertSocialSecurityCard("skilled");
        LocalDate yearAgo = LocalDate.now(ZONE).minusMonths(12);
        SkillCertificate recent = holder.person().skillCertificates().stream()
                .filter(certificate -> !certificate.issuedOn().isBefore(yearAgo)).findFirst().orElseThrow();
        window.click("tile-shandong-30");
        launched.awaitTitle(catalogName("shandong", "30"));
        window.click("choice-SOCIAL_SECURITY_CARD");
        launched.tapChoiceStartingWith(recent.occupation());
        launched.awaitTitle("请确认");
        assertThat(window.allText()).contains("申请事项：技能提升补贴申领", "证书：" + recent.occupation(),
                "— 004 #30 办理条件（一）");
        window.click("choice-confirm");
        launched.awaitTitle("办理完成");

        assertThat(launched.centralRecords().applications(holder.person().person().idNumber())).singleElement()
                .satisfies(application -> assertThat(application.kind()).isEqualTo(ApplicationKind.SKILL_UPGRADE_SUBSIDY));
        assertThat(launched.journal()).singleElement()
                .satisfies(entry -> assertThat(entry.operation()).isEqualTo("skill-upgrade-subsidy"));

        window.click("choice-finish");
        launched.awaitHome();
        window.click("tile-shandong-30");
        launched.awaitTitle(catalogName("shandong", "30"));
        window.click("choice-SOCIAL_SECURITY_CARD");
        launched.tapChoiceStartingWith(recent.occupation());
        window.waitFor("the refusal", () -> window.allText().contains("同一职业（工种）同一等级不可重复享受"));
        assertThat(window.find("choice-confirm")).as("nothing to confirm").isEmpty();
        assertThat(launched.centralRecords().applications(holder.person().person().idNumber())).hasSize(1);
    }

    @Test
    void aPensionerCertifiesBeforeTheCameraAndLearnsTheNextDueDate() throws Exception {
        launchWithCertificationAtTheTerminal();
        DemoCardHolder holder = launched.desk.placeIdCard("certify");
        String idNumber = holder.person().person().idNumber();
        List<Entitlement> before = launched.centralRecords().entitlements(idNumber);
        launched.toConfirm("tile-fushun-41", catalogName("fushun", "41"), "ID_CARD");
        assertThat(window.allText()).contains(holder.maskedName() + " " + holder.maskedIdNumber(), "前认证",
                "照片不保存");
        assertThat(window.text("choice-confirm")).isEqualTo("开始认证");
        window.click("choice-confirm");

        launched.awaitTitle("请看着摄像头");
        window.waitFor("the camera's picture beside the prompt", () -> GuiActionRunner.execute(() ->
                window.find("camera-mirror").map(mirror -> ((CameraMirror) mirror).showsPicture()).orElse(false)));
        assertThat(window.allText()).contains("第 1 步，共 3 步");
        launched.awaitTitle("办理完成");
        assertThat(window.find("camera-mirror")).as("the mirror goes with the capture").isEmpty();
        assertThat(window.allText()).contains("认证结果：通过", "下次请在");

        List<Entitlement> after = launched.centralRecords().entitlements(idNumber);
        assertThat(after).hasSameSizeAs(before).allSatisfy(entitlement ->
                assertThat(entitlement.lastCertified()).contains(LocalDate.now(ZONE)));
        assertThat(launched.journal()).singleElement().satisfies(entry -> {
            assertThat(entry.item()).isEqualTo("fushun-41");
            assertThat(entry.operation()).isEqualTo("benefit-certification");
            assertThat(entry.outcome()).isEqualTo(JournalEntry.Outcome.SUCCEEDED);
        });
        assertThat(launched.receipts()).singleElement().asString().contains("下次请在");
    }

    @Test
    void aPhotoHeldUpToTheCameraIsNotCertifiedAndThePersonMayTryAgain() throws Exception {
        launchWithCertificationAtTheTerminal();
        DemoCardHolder holder = launched.desk.placeIdCard("certify");
        launched.desk.holdUpPhoto("certify");
        launched.toConfirm("tile-fushun-41", catalogName("fushun", "41"), "ID_CARD");
        window.click("choice-confirm");
        launched.awaitTitle("请看着摄像头");
        launched.awaitTitle("请确认");
        assertThat(window.text("notice")).startsWith("刚才没有看清您");
        assertThat(launched.centralRecords().entitlements(holder.person().person().idNumber()))
                .noneSatisfy(entitlement -> assertThat(entitlement.lastCertified()).contains(LocalDate.now(ZONE)));
        assertThat(launched.journal()).isEmpty();
    }
}
