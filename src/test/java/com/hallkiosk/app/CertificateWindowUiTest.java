package com.hallkiosk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.business.demo.DemoUnit;
import com.hallkiosk.catalog.CuratedCatalogFixture;
import com.hallkiosk.certificate.CertificateIssuer;
import com.hallkiosk.certificate.CertificateSettingsLoader;
import com.hallkiosk.demo.DemoCardHolder;
import com.hallkiosk.device.DeviceHealth;
import com.hallkiosk.device.document.RecordingDocumentPrinter;
import com.hallkiosk.journal.JournalEntry;
import com.hallkiosk.ui.WindowDriver;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The four certificates through the real kiosk window ({@link ItemsWindowKiosk}): identify, choose the period (or
 * the unit), the masked preview on screen beside the confirm step, the A4 document to a printer the test holds
 * ({@link RecordingDocumentPrinter}), the receipt and the journal; and an A4 printer that cannot print, told before
 * choosing, with the verification code on the done step and the receipt instead.
 */
class CertificateWindowUiTest {
    private static final Pattern CODE = Pattern.compile("核验码：([0-9A-Z]{4}-[0-9A-Z]{4})");

    @RegisterExtension
    static final ItemsWindows WINDOWS = new ItemsWindows();

    private final RecordingDocumentPrinter a4 = new RecordingDocumentPrinter();
    private ItemsWindowKiosk launched;
    private WindowDriver window;

    private void launch(ItemsWindowKiosk.Setup setup) throws Exception {
        launched = WINDOWS.launch(setup.printingOn(a4));
        window = launched.window;
    }

    /** At the confirm step: the preview is drawn beside the words, and has something drawn on it. */
    private void assertThePreviewIsOnScreen() throws InterruptedException {
        launched.awaitTitle("请确认");
        window.waitFor("the preview", () -> window.find("preview").isPresent());
        assertThat(window.text("preview-caption")).isNotBlank();
        Component preview = window.find("preview").orElseThrow();
        int inked = GuiActionRunner.execute(() -> {
            BufferedImage drawn = new BufferedImage(preview.getWidth(), preview.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = drawn.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, drawn.getWidth(), drawn.getHeight());
            preview.paint(g);
            g.dispose();
            int dark = 0;
            for (int y = 0; y < drawn.getHeight(); y++) {
                for (int x = 0; x < drawn.getWidth(); x++) {
                    if ((drawn.getRGB(x, y) & 0xFF) < 128) {
                        dark++;
                    }
                }
            }
            return dark;
        });
        assertThat(preview.getHeight()).as("the preview takes the room beside the words").isGreaterThan(300);
        assertThat(inked).as("dark pixels: the certificate's words drawn in the preview").isGreaterThan(1_000);
        assertThat(a4.documents()).as("nothing printed before confirm").isEmpty();
    }

    /** Confirms and waits for the done step; returns the only journal entry, the certificate issued. */
    private JournalEntry confirmAndPrint() throws InterruptedException {
        assertThat(window.text("choice-confirm")).isEqualTo("确认打印");
        window.click("choice-confirm");
        launched.awaitTitle("办理完成");
        assertThat(launched.journal()).hasSize(1);
        JournalEntry entry = launched.journal().get(0);
        assertThat(entry.outcome()).isEqualTo(JournalEntry.Outcome.SUCCEEDED);
        assertThat(window.allText()).contains("证明编号：" + entry.reference());
        assertThat(launched.receipts()).singleElement().asString().contains("证明编号：" + entry.reference());
        return entry;
    }

    /** The text of the one A4 document printed. */
    private String printed() throws Exception {
        assertThat(a4.documents()).hasSize(1);
        try (PDDocument document = Loader.loadPDF(a4.documents().get(0))) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void aPersonalContributionCertificateIsPreviewedAndPrintedOnTheA4Printer() throws Exception {
        launch(ItemsWindowKiosk.Setup.demo());
        DemoCardHolder holder = launched.desk.insertSocialSecurityCard("normal");
        window.click("tile-anshan-tiedong-8");
        window.click("choice-SOCIAL_SECURITY_CARD");
        launched.tapChoiceStartingWith("全部缴费年度");
        assertThePreviewIsOnScreen();
        assertThat(window.allText()).contains("证明：个人参保证明", holder.maskedName() + " " + holder.maskedIdNumber())
                .doesNotContain(holder.person().person().idNumber());
        JournalEntry entry = confirmAndPrint();
        assertThat(entry.operation()).isEqualTo("personal-contribution");
        assertThat(window.allText()).contains("个人参保证明已打印（共1页），请从A4出纸口取走。").doesNotContain("核验码");
        assertThat(printed()).contains("社会保险个人参保证明", entry.reference(), holder.person().person().name(),
                holder.maskedIdNumber()).doesNotContain(holder.person().person().idNumber());
        window.click("choice-finish");
        launched.awaitHome();
    }

    @Test
    void inShandongAPensionerPrintsThePensionReceiptCertificate() throws Exception {
        launch(ItemsWindowKiosk.Setup.demo().in("shandong"));
        DemoCardHolder holder = launched.desk.insertSocialSecurityCard("pensioner");
        window.click("tile-shandong-35");
        window.click("choice-SOCIAL_SECURITY_CARD");
        launched.tapChoiceStartingWith("全部领取年度");
        assertThePreviewIsOnScreen();
        assertThat(window.allText()).contains("证明：职工养老待遇领取证明", "领取状态：正常发放");
        JournalEntry entry = confirmAndPrint();
        assertThat(entry.operation()).isEqualTo("pension-receipt");
        assertThat(entry.item()).isEqualTo("shandong-35");
        assertThat(printed()).contains("职工养老待遇领取证明", holder.person().person().name(), "正常发放");
    }

    @Test
    void aLegalRepresentativeChoosesAUnitAndPrintsItsCertificate() throws Exception {
        launch(ItemsWindowKiosk.Setup.demo());
        DemoCardHolder holder = launched.desk.placeIdCard("legal-rep");
        DemoUnit unit = ItemsWindowKiosk.POPULATION.units().stream()
                .filter(each -> each.representativeIndex() == holder.person().index()).findFirst().orElseThrow();
        window.click("tile-anshan-tiedong-7");
        window.click("choice-ID_CARD");
        launched.tapChoiceStartingWith(unit.name() + "：全部参保期间");
        assertThePreviewIsOnScreen();
        assertThat(window.allText()).contains("证明：单位参保证明", "单位：" + unit.name());
        JournalEntry entry = confirmAndPrint();
        assertThat(entry.operation()).isEqualTo("unit");
        assertThat(printed()).contains("社会保险单位参保证明", unit.name(), unit.creditCode(), entry.reference());
    }

    @Test
    void aRightsRecordIsPrintedWhereACatalogLetsATerminalDoIt() throws Exception {
        var published = CuratedCatalogFixture.withTerminalItem(
                CuratedCatalogFixture.region(ItemsWindowKiosk.CATALOG, "anshan-tiedong"), "社会保险个人权益记录查询打印");
        launch(ItemsWindowKiosk.Setup.demo().in(ItemsWindowKiosk.CATALOG.withRegion(published),
                "anshan-tiedong"));
        launched.desk.insertSocialSecurityCard("normal");
        int lastYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1;
        window.click("tile-anshan-tiedong-published");
        window.click("choice-SOCIAL_SECURITY_CARD");
        launched.tapChoiceStartingWith(lastYear + "年度");
        assertThePreviewIsOnScreen();
        assertThat(window.allText()).contains("记录期间：" + lastYear + "年01月—" + lastYear + "年12月");
        JournalEntry entry = confirmAndPrint();
        assertThat(entry.operation()).isEqualTo("rights-record");
        assertThat(printed()).contains("社会保险个人权益记录单", lastYear + "年01月—" + lastYear + "年12月");
    }

    @Test
    void anA4PrinterThatCannotPrintIsToldBeforeChoosingAndTheDoneStepGivesTheVerificationCode() throws Exception {
        a4.setHealth(DeviceHealth.State.NOT_READY, "缺纸");
        launch(ItemsWindowKiosk.Setup.demo());
        launched.desk.insertSocialSecurityCard("normal");
        window.click("tile-anshan-tiedong-8");
        window.click("choice-SOCIAL_SECURITY_CARD");
        window.waitFor("the notice", () -> window.visible("notice"));
        assertThat(window.text("notice")).startsWith("A4打印机暂时不能打印。证明可以照常办理").contains("核验码");
        launched.tapChoiceStartingWith("全部缴费年度");
        assertThePreviewIsOnScreen();
        assertThat(window.allText()).contains("A4打印机暂时不能打印");
        JournalEntry entry = confirmAndPrint();
        assertThat(a4.documents()).as("nothing is queued on a printer that cannot print").isEmpty();
        String code = CertificateIssuer.verificationCode(
                new CertificateSettingsLoader().load(Path.of("kiosk-config")).verificationKey(), entry.reference());
        Matcher shown = CODE.matcher(window.allText());
        assertThat(shown.find()).as("the done step shows a verification code").isTrue();
        assertThat(shown.group(1)).isEqualTo(code);
        assertThat(window.allText()).contains("A4打印机暂时不能打印，这次没有打印纸质证明。");
        assertThat(launched.receipts()).singleElement().asString().contains("核验码：" + code);
    }
}
