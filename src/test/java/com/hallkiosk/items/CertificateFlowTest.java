package com.hallkiosk.items;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.business.BusinessSystem;
import com.hallkiosk.business.demo.DemoPerson;
import com.hallkiosk.business.demo.DemoUnit;
import com.hallkiosk.business.jdbc.JdbcBusinessSystem;
import com.hallkiosk.catalog.model.Region;
import com.hallkiosk.central.http.ApiResponse;
import com.hallkiosk.central.http.InProcessRoutes;
import com.hallkiosk.central.http.Routes;
import com.hallkiosk.central.pages.JournalIssuedCertificates;
import com.hallkiosk.central.pages.VerifyPage;
import com.hallkiosk.central.store.SqliteCentralDatabase;
import com.hallkiosk.certificate.CertificateFixture;
import com.hallkiosk.certificate.CertificateIssuer;
import com.hallkiosk.certificate.CertificateSettings;
import com.hallkiosk.certificate.content.Insurance;
import com.hallkiosk.config.ItemsConfig;
import com.hallkiosk.device.DeviceHealth;
import com.hallkiosk.device.document.RecordingDocumentPrinter;
import com.hallkiosk.fonts.KioskFonts;
import com.hallkiosk.items.ItemStep.Stage;
import com.hallkiosk.items.certificate.CertificateItem;
import com.hallkiosk.items.certificate.CertificateKind;
import com.hallkiosk.items.certificate.CertificateOffice;
import com.hallkiosk.items.certificate.InsuranceScope;
import com.hallkiosk.items.certificate.WarmRenderer;
import com.hallkiosk.items.certificate.pension.PensionCertificate;
import com.hallkiosk.items.certificate.personal.PersonalCertificate;
import com.hallkiosk.items.certificate.rights.RightsRecordCertificate;
import com.hallkiosk.items.certificate.unit.UnitCertificate;
import com.hallkiosk.journal.CentralJournal;
import com.hallkiosk.journal.JournalEntry;
import com.hallkiosk.journal.UploadBatch;
import com.hallkiosk.privacy.PersonalDataMasking;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * The four certificates end to end, headless: the virtual 社保卡 (or the ID card on the emulated SAM module
 * behind a socat pty), the central's business tables over SQLite with the demo population, the real renderer,
 * an A4 printer that keeps what it is given, the emulated receipt printer and the journal outbox; and the
 * central's verification page over a central journal the kiosk's entries are uploaded to.
 */
class CertificateFlowTest {
    private static final ItemsConfig HALL = new ItemsConfig(ItemsConfig.Profile.HALL, Map.of());
    private static final Pattern PRINTED_CODE = Pattern.compile("验\\W*证\\W*码：([0-9A-Z]{4}-[0-9A-Z]{4})");
    private static final int ARREARS_UNIT = 10;
    private static KioskFonts fonts;

    @TempDir
    Path directory;
    private ItemsFixture kiosk;
    private final RecordingView view = new RecordingView();
    private final RecordingDocumentPrinter a4 = new RecordingDocumentPrinter();
    private final CertificateSettings settings = CertificateFixture.settings();
    private CertificateOffice office;
    private PtyIdCardReader ids;

    @BeforeEach
    void setUp() throws Exception {
        kiosk = new ItemsFixture(directory);
        office = new CertificateOffice(new CertificateIssuer(settings, ItemsFixture.KIOSK, ItemsFixture.CLOCK,
                new SplittableRandom(5)), WarmRenderer.of(CertificateFixture.renderer()), fonts().bold(12));
    }

    @AfterEach
    void tearDown() throws Exception {
        if (ids != null) {
            ids.close();
        }
        kiosk.close();
    }

    private static synchronized KioskFonts fonts() {
        if (fonts == null) {
            fonts = KioskFonts.load();
        }
        return fonts;
    }

    /** The region's catalog item for the kind (found by its names alone), and the item built with its scope. */
    private ItemController controller(String regionId, Function<InsuranceScope, CertificateKind> kind,
                                      BusinessSystem central, ItemServices services) {
        Region region = ItemsFixture.region(regionId);
        var decision = EnabledItems.decide(region, HALL, new CertificateItem(kind.apply(InsuranceScope.ALL), central,
                office, Optional.of(a4)));
        var catalogItem = decision.catalogItem().orElseThrow();
        CertificateItem item = new CertificateItem(kind.apply(InsuranceScope.of(catalogItem)), central, office,
                Optional.of(a4));
        return new ItemController(item, new CatalogGuidance(catalogItem, region.offices()), services, view);
    }

    private ItemController controller(String regionId, Function<InsuranceScope, CertificateKind> kind) {
        return controller(regionId, kind, kiosk.central(), kiosk.services(Optional.empty(), Optional.empty(), Optional.of(a4)));
    }

    private Function<InsuranceScope, CertificateKind> personal() {
        return scope -> new PersonalCertificate(kiosk.central(), scope);
    }

    private Function<InsuranceScope, CertificateKind> unit() {
        return scope -> new UnitCertificate(kiosk.central(), scope);
    }

    /** Someone contributing now, for six years or more, with unemployment insurance too, and no pension. */
    private DemoPerson contributor() {
        return kiosk.population.people().filter(p -> p.pension().isEmpty() && p.years().size() >= 6
                && p.years().get(p.years().size() - 1).year() == ItemsFixture.AS_OF.getYear()
                && p.years().get(0).year() < 2020 && p.insuranceFromYear().containsKey(Insurance.UNEMPLOYMENT))
                .findFirst().orElseThrow();
    }

    private DemoPerson pensioner() {
        return kiosk.population.people().filter(p -> p.pension().isPresent()).findFirst().orElseThrow();
    }

    private DemoPerson representativeOf(int unit) {
        return kiosk.population.person(kiosk.population.unit(unit).representativeIndex());
    }

    private DemoPerson representingNoUnit() {
        List<Long> representatives = kiosk.population.units().stream().map(DemoUnit::representativeIndex).toList();
        return kiosk.population.people().filter(p -> !representatives.contains(p.index())).findFirst().orElseThrow();
    }

    /** Start, insert the person's 社保卡, and arrive at the choose step. */
    private ItemStep toChoose(ItemController controller, DemoPerson person) throws InterruptedException {
        kiosk.insertCardOf(person);
        controller.start();
        ItemStep identify = view.await(Stage.IDENTIFY);
        assertThat(identify.choices()).extracting(Choice::label).contains("插入社会保障卡");
        controller.identifyWith(IdentitySource.SOCIAL_SECURITY_CARD);
        return view.await(Stage.CHOOSE);
    }

    private ItemStep choose(ItemController controller, ItemStep choose, String labelStart) throws InterruptedException {
        controller.choose(choose.choices().stream().filter(c -> c.label().startsWith(labelStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no choice " + labelStart + " in " + choose.choices())).key());
        return view.await(Stage.CONFIRM);
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String printedCode(String pdfText) {
        Matcher code = PRINTED_CODE.matcher(pdfText);
        assertThat(code.find()).as("the certificate prints its verification code").isTrue();
        return code.group(1);
    }

    private JournalEntry onlyEntry() {
        List<JournalEntry> entries = kiosk.journalEntries();
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    /** What the central's verification page says of a number and code, once the kiosk's journal is uploaded. */
    private String verificationPage(String number, String code) throws Exception {
        try (SqliteCentralDatabase central = SqliteCentralDatabase.open(directory.resolve("central.db"))) {
            new CentralJournal(central.dataSource(), Clock.systemUTC())
                    .receive(ItemsFixture.KIOSK, UploadBatch.of(kiosk.journalEntries()));
            Routes routes = new Routes().add(new VerifyPage(Optional.of(settings.verificationKey()),
                    new JournalIssuedCertificates(central.dataSource()), ItemsFixture.ZONE));
            ApiResponse page = InProcessRoutes.get(routes, "/verify/" + number, Map.of("code", code));
            assertThat(page.status()).isEqualTo(200);
            return new String(page.body(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aPersonalCertificateInAnshanIsPreviewedMaskedPrintedJournaledAndVerifies() throws Exception {
        DemoPerson person = contributor();
        String id = person.person().idNumber();
        String maskedId = PersonalDataMasking.idNumber(id);
        String maskedName = PersonalDataMasking.name(person.person().name());
        ItemController controller = controller("anshan-tiedong", personal());

        ItemStep choose = toChoose(controller, person);
        assertThat(choose.notice()).isEmpty();
        assertThat(choose.choices()).extracting(Choice::label).startsWith("近3年（2024年—2026年）", "近5年（2022年—2026年）")
                .last().asString().startsWith("全部缴费年度（" + person.years().get(0).year() + "年—2026年）");

        ItemStep confirm = choose(controller, choose, "近3年");
        assertThat(confirm.lines()).contains("证明：个人参保证明", "持卡人：" + maskedName + " " + maskedId,
                "打印范围：近3年（2024年—2026年）",
                "本地这项业务是“个人参保证明查询打印（企业养老保险部分）”，证明只列企业职工基本养老保险。");
        assertThat(confirm.text()).doesNotContain(id, person.person().name());
        BufferedImage preview = ImageIO.read(new ByteArrayInputStream(confirm.previewPng().orElseThrow()));
        assertThat(preview).as("the preview is a PNG").isNotNull();
        assertThat(preview.getWidth()).isEqualTo(700);
        assertThat(preview.getHeight()).isBetween(980, 1000);
        assertThat(kiosk.journalEntries()).as("nothing is issued before confirm").isEmpty();

        controller.confirm();
        ItemStep done = view.await(Stage.DONE);
        JournalEntry entry = onlyEntry();
        String number = entry.reference();
        assertThat(number).matches("CB-20260615-103000-[0-9A-Z]{4}");
        assertThat(entry.item()).isEqualTo("anshan-tiedong-8");
        assertThat(entry.operation()).isEqualTo("personal-contribution");
        assertThat(entry.outcome()).isEqualTo(JournalEntry.Outcome.SUCCEEDED);
        assertThat(entry.person().idNumber()).isEqualTo(maskedId);
        assertThat(entry.detail()).doesNotContain(id);

        assertThat(a4.documents()).hasSize(1);
        String pdf = pdfText(a4.documents().get(0));
        assertThat(pdf).contains("社会保险个人参保证明", number, person.person().name(), maskedId, "企业职工基本养老保险", "2024",
                        "2026")
                .doesNotContain(id, "失业保险", "PREVIEW");
        assertThat(pdf.lines().filter(line -> line.matches("(19|20)\\d\\d \\S.*")).map(line -> line.substring(0, 4)))
                .as("the per-year table holds the years chosen").isNotEmpty().allMatch(year -> year.compareTo("2024") >= 0);

        assertThat(done.lines()).contains("证明编号：" + number, "个人参保证明已打印（共1页），请从A4出纸口取走。");
        assertThat(done.text()).doesNotContain(id).doesNotContain("核验码");
        String receipt = RecordingPrinter.text(kiosk.receipts.given.get(0));
        assertThat(receipt).contains("个人参保证明查询打印（企业养老保险部分）", "办理人：" + maskedName + " " + maskedId,
                "证明编号：" + number, "个人参保证明已打印", "咨询电话：0412-5550533").doesNotContain(id);

        assertThat(verificationPage(number, printedCode(pdf))).contains("核验通过", "个人参保证明", number, maskedName, maskedId,
                ItemsFixture.KIOSK).doesNotContain(id);

        controller.tapped(done.choices().get(0).key());
        view.await(Stage.ENDED);
        assertThat(controller.holdsVisitData()).isFalse();
    }

    @Test
    void inShandongTheIdCardPrintsAPersonalCertificateListingEveryInsurance() throws Exception {
        ids = PtyIdCardReader.start(directory);
        DemoPerson person = contributor();
        ids.module().place(ItemsFixture.idCardOf(person));
        ItemController controller = controller("shandong", personal(), kiosk.central(),
                kiosk.services(Optional.of(ids.reader()), Optional.empty(), Optional.of(a4)));
        controller.start();
        assertThat(view.await(Stage.IDENTIFY).choices()).extracting(Choice::label).containsExactly("插入社会保障卡", "刷居民身份证");
        controller.identifyWith(IdentitySource.ID_CARD);
        ItemStep confirm = choose(controller, view.await(Stage.CHOOSE), "全部缴费年度");
        assertThat(String.join("\n", confirm.lines())).doesNotContain("证明只列");
        controller.confirm();
        view.await(Stage.DONE);
        assertThat(pdfText(a4.documents().get(0))).contains("企业职工基本养老保险", "失业保险",
                Integer.toString(person.years().get(0).year()));
        assertThat(onlyEntry().item()).isEqualTo("shandong-19");
    }

    @Test
    void aRightsRecordIsPrintedForOneYearThoughShandongsCatalogKeepsItOffTheKiosks() throws Exception {
        RightsRecordCertificate rights = new RightsRecordCertificate(kiosk.central());
        assertThat(EnabledItems.decide(ItemsFixture.region("shandong"), HALL,
                new CertificateItem(rights, kiosk.central(), office, Optional.of(a4))).reason())
                .contains("没有写可在自助终端办理");
        ItemController controller = controller("shandong", scope -> rights);
        ItemStep choose = toChoose(controller, contributor());
        assertThat(choose.choices()).extracting(Choice::label).startsWith("2026年1月—6月", "2025年度", "2024年度").hasSize(5);
        ItemStep confirm = choose(controller, choose, "2025年度");
        assertThat(confirm.lines()).contains("记录期间：2025年01月—2025年12月");
        controller.confirm();
        view.await(Stage.DONE);
        assertThat(pdfText(a4.documents().get(0))).contains("社会保险个人权益记录单", "2025年01月—2025年12月");
        assertThat(onlyEntry().operation()).isEqualTo("rights-record");
    }

    @Test
    void aPensionerPrintsThePensionCertificate() throws Exception {
        DemoPerson person = pensioner();
        ItemController controller = controller("shandong", scope -> new PensionCertificate(kiosk.central()));
        ItemStep choose = toChoose(controller, person);
        int firstYear = person.pension().orElseThrow().firstMonth().getYear();
        assertThat(choose.choices()).extracting(Choice::label).last().isEqualTo("全部领取年度（" + firstYear + "年—2026年）");
        ItemStep confirm = choose(controller, choose, "全部领取年度");
        assertThat(confirm.lines()).contains("证明：职工养老待遇领取证明", "领取状态：正常发放");
        controller.confirm();
        view.await(Stage.DONE);
        String pdf = pdfText(a4.documents().get(0));
        assertThat(pdf).contains("职工养老待遇领取证明", person.person().name(), "正常发放", Integer.toString(firstYear))
                .doesNotContain(person.person().idNumber());
        assertThat(onlyEntry()).satisfies(entry -> {
            assertThat(entry.item()).isEqualTo("shandong-35");
            assertThat(entry.operation()).isEqualTo("pension-receipt");
        });
    }

    @Test
    void someoneWhoDrawsNoPensionIsToldSoBeforeChoosingAndNothingIsIssued() throws Exception {
        ItemController controller = controller("shandong", scope -> new PensionCertificate(kiosk.central()));
        kiosk.insertCardOf(contributor());
        controller.start();
        view.await(Stage.IDENTIFY);
        controller.identifyWith(IdentitySource.SOCIAL_SECURITY_CARD);
        ItemStep refused = view.await(Stage.NOT_DONE);
        assertThat(refused.instruction()).contains("没有您领取职工养老金的记录", "只给已领取养老金的人打印", "0531-12333");
        assertThat(kiosk.journalEntries()).isEmpty();
        assertThat(a4.documents()).isEmpty();
        assertThat(kiosk.receipts.given).isEmpty();
    }

    @Test
    void aLegalRepresentativeByIdCardChoosesTheUnitAndPeriodAndPrintsTheUnitCertificate() throws Exception {
        ids = PtyIdCardReader.start(directory);
        DemoPerson representative = representativeOf(1);
        DemoUnit unit = kiosk.population.unit(1);
        ids.module().place(ItemsFixture.idCardOf(representative));
        ItemController controller = controller("anshan-tiedong", unit(), kiosk.central(),
                kiosk.services(Optional.of(ids.reader()), Optional.empty(), Optional.of(a4)));
        controller.start();
        view.await(Stage.IDENTIFY);
        controller.identifyWith(IdentitySource.ID_CARD);
        ItemStep choose = view.await(Stage.CHOOSE);
        assertThat(choose.choices()).extracting(Choice::label).allMatch(label -> label.startsWith(unit.name() + "："))
                .anyMatch(label -> label.startsWith(unit.name() + "：近12个月（2025年07月—2026年06月）"));
        ItemStep confirm = choose(controller, choose, unit.name() + "：近12个月");
        assertThat(confirm.lines()).contains("证明：单位参保证明", "单位：" + unit.name(),
                "本地这项业务是“单位参保证明查询打印（企业养老保险部分）”，证明只列企业职工基本养老保险。");
        assertThat(String.join("\n", confirm.lines())).doesNotContain("欠费");
        controller.confirm();
        view.await(Stage.DONE);
        String pdf = pdfText(a4.documents().get(0));
        assertThat(pdf).contains("社会保险单位参保证明", unit.name(), unit.creditCode(), "企业职工基本养老保险")
                .doesNotContain("失业保险", "提示：该单位存在欠费");
        JournalEntry entry = onlyEntry();
        assertThat(entry.operation()).isEqualTo("unit");
        assertThat(entry.item()).isEqualTo("anshan-tiedong-7");
        assertThat(verificationPage(entry.reference(), printedCode(pdf))).contains("核验通过", "单位参保证明");
    }

    @Test
    void aUnitInArrearsIsToldAndOnlyItsPaidPeriodIsPrinted() throws Exception {
        DemoUnit unit = kiosk.population.unit(ARREARS_UNIT);
        assertThat(unit.inArrears()).isTrue();
        ItemController controller = controller("anshan-tiedong", unit());
        ItemStep choose = toChoose(controller, representativeOf(ARREARS_UNIT));
        ItemStep confirm = choose(controller, choose, unit.name() + "：全部参保期间");
        assertThat(String.join("\n", confirm.lines())).contains("该单位存在欠费：按规定只能打印实际缴费的时间段");
        controller.confirm();
        view.await(Stage.DONE);
        assertThat(pdfText(a4.documents().get(0))).contains(unit.name(), "提示：该单位存在欠费，本证明只列出实际缴费时间段。");
    }

    @Test
    void someoneWhoRepresentsNoUnitIsRefusedInPlainWords() throws Exception {
        ItemController controller = controller("anshan-tiedong", unit());
        kiosk.insertCardOf(representingNoUnit());
        controller.start();
        view.await(Stage.IDENTIFY);
        controller.identifyWith(IdentitySource.SOCIAL_SECURITY_CARD);
        ItemStep refused = view.await(Stage.NOT_DONE);
        assertThat(refused.instruction()).contains("没有登记您是哪个单位的法定代表人", "单位介绍信", "103室", "0412-5550533");
        assertThat(kiosk.journalEntries()).isEmpty();
        assertThat(a4.documents()).isEmpty();
    }

    @Test
    void anA4PrinterThatCannotPrintIsToldBeforeChoosingAndTheReceiptCarriesTheVerificationCode() throws Exception {
        a4.setHealth(DeviceHealth.State.NOT_READY, "缺纸");
        ItemController controller = controller("anshan-tiedong", personal());
        ItemStep choose = toChoose(controller, contributor());
        assertThat(choose.notice()).startsWith("A4打印机暂时不能打印。证明可以照常办理").contains("核验码");
        ItemStep confirm = choose(controller, choose, "全部缴费年度");
        assertThat(String.join("\n", confirm.lines())).contains("A4打印机暂时不能打印");
        controller.confirm();
        ItemStep done = view.await(Stage.DONE);
        assertThat(a4.documents()).as("nothing is queued on a printer that cannot print").isEmpty();
        JournalEntry entry = onlyEntry();
        String number = entry.reference();
        String code = CertificateIssuer.verificationCode(settings.verificationKey(), number);
        assertThat(entry.detail()).contains("the A4 printer could not print");
        String receipt = RecordingPrinter.text(kiosk.receipts.given.get(0));
        assertThat(receipt).contains("证明编号：" + number, "A4打印机暂时不能打印，这次没有打印纸质证明。", "核验码：" + code,
                "网上核验：https://verify.hallkiosk.example/verify/" + number + "?code=" + code);
        assertThat(done.lines()).contains("核验码：" + code);
        assertThat(verificationPage(number, code)).contains("核验通过");
    }

    @Test
    void anA4JobThatFailsMidwayLeavesTheCertificateIssuedAndTheReceiptSaysHowToCheckIt() throws Exception {
        a4.failJobs("打印机缺纸");
        ItemController controller = controller("anshan-tiedong", personal());
        ItemStep confirm = choose(controller, toChoose(controller, contributor()), "近5年");
        assertThat(String.join("\n", confirm.lines())).doesNotContain("A4打印机暂时不能打印");
        controller.confirm();
        ItemStep done = view.await(Stage.DONE);
        assertThat(a4.documents()).as("the job was sent").hasSize(1);
        String number = onlyEntry().reference();
        String code = printedCode(pdfText(a4.documents().get(0)));
        assertThat(done.lines()).contains("个人参保证明没有打印出来（打印机没有完成打印）。", "核验码：" + code);
        assertThat(RecordingPrinter.text(kiosk.receipts.given.get(0))).contains("证明编号：" + number,
                "个人参保证明没有打印出来", "核验码：" + code, "网上核验：");
    }

    @Test
    void anUnreachableCentralSendsThePersonToAWindowBeforeChoosingAndNothingIsIssued() throws Exception {
        SQLiteDataSource nowhere = new SQLiteDataSource();
        nowhere.setUrl("jdbc:sqlite:" + directory.resolve("no-such-folder").resolve("central.db"));
        JdbcBusinessSystem unreachable = new JdbcBusinessSystem(nowhere, ItemsFixture.CLOCK);
        ItemController controller = controller("fushun", scope -> new PersonalCertificate(unreachable, scope), unreachable,
                kiosk.services(Optional.empty(), Optional.empty(), Optional.of(a4)));
        kiosk.insertCardOf(contributor());
        controller.start();
        view.await(Stage.IDENTIFY);
        controller.identifyWith(IdentitySource.SOCIAL_SECURITY_CARD);
        ItemStep notDone = view.await(Stage.NOT_DONE);
        assertThat(notDone.instruction()).contains("业务系统暂时连接不上", "参保人所在各县区社保分中心窗口");
        assertThat(kiosk.journalEntries()).isEmpty();
        assertThat(a4.documents()).isEmpty();
        controller.home();
        view.await(Stage.ENDED);
        assertThat(controller.holdsVisitData()).isFalse();
    }
}
