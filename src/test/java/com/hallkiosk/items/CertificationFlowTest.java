package com.hallkiosk.items;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.business.BenefitKind;
import com.hallkiosk.business.BusinessException;
import com.hallkiosk.business.BusinessSystem;
import com.hallkiosk.business.Entitlement;
import com.hallkiosk.business.demo.DemoPerson;
import com.hallkiosk.catalog.model.Item;
import com.hallkiosk.catalog.model.Region;
import com.hallkiosk.config.ItemsConfig;
import com.hallkiosk.device.camera.LivenessChecker;
import com.hallkiosk.device.camera.emulator.CameraScenario;
import com.hallkiosk.device.camera.emulator.EmulatedCamera;
import com.hallkiosk.eligibility.CentralFacts;
import com.hallkiosk.eligibility.RuleBook;
import com.hallkiosk.eligibility.RuleFileReader;
import com.hallkiosk.face.SyntheticFace;
import com.hallkiosk.items.ItemStep.Stage;
import com.hallkiosk.items.certification.BenefitCertificationItem;
import com.hallkiosk.journal.JournalEntry;
import com.hallkiosk.privacy.PersonalDataMasking;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 待遇领取资格认证 end to end, headless: the ID card through the real SAM driver on a socat pty, the prohibited
 * situations from Fushun's rule set (001 #41, 禁办 三), the face filmed by the emulated camera with liveness
 * prompts, the comparison and the certification at the central's JDBC business system, the receipt and journal.
 */
class CertificationFlowTest {
    private static final ItemsConfig HALL = new ItemsConfig(ItemsConfig.Profile.HALL, Map.of());

    @TempDir
    Path directory;
    private ItemsFixture kiosk;
    private PtyIdCardReader ids;
    private EmulatedCamera camera;
    private final RecordingView view = new RecordingView();

    @BeforeEach
    void setUp() throws Exception {
        kiosk = new ItemsFixture(directory);
        ids = PtyIdCardReader.start(directory);
    }

    @AfterEach
    void tearDown() throws Exception {
        if (camera != null) {
            camera.close();
        }
        ids.close();
        kiosk.close();
    }

    /** Someone receiving a benefit with no payment suspended: the prohibited situations do not stop them. */
    private DemoPerson receiver() {
        return kiosk.population.people().filter(p -> !p.entitlements().isEmpty()
                && p.entitlements().stream().allMatch(e -> e.suspendedBecause().isEmpty())).findFirst().orElseThrow();
    }

    private ItemController controller(CameraScenario scenario, String filmedIdNumber) {
        return controller(scenario, filmedIdNumber, kiosk.central());
    }

    private ItemController controller(CameraScenario scenario, String filmedIdNumber,
                                      BusinessSystem central) {
        camera = new EmulatedCamera(scenario, SyntheticFace.of(filmedIdNumber), Duration.ofMillis(1), 5, Clock.systemUTC());
        camera.open().join();
        camera.enable().join();
        Region fushun = ItemsFixture.region("fushun");
        Item certification = fushun.items().stream().filter(i -> i.number().equals("41")).findFirst().orElseThrow();
        RuleBook fushunRules = RuleFileReader.fromClasspath(List.of("fushun"));
        BenefitCertificationItem item = new BenefitCertificationItem(central,
                new CentralFacts(central, central, central),
                day -> fushunRules.ruleSet("fushun", "41", day),
                Optional.of(new FaceCheck(camera, new LivenessChecker(), new SplittableRandom(3), 6, Duration.ofSeconds(5))),
                ItemsFixture.CLOCK);
        return new ItemController(item, new CatalogGuidance(certification, fushun.offices()),
                kiosk.services(Optional.of(ids.reader())), view);
    }

    private ItemStep toConfirm(ItemController controller, DemoPerson person) throws InterruptedException {
        ids.module().place(ItemsFixture.idCardOf(person));
        controller.start();
        controller.tapped(view.await(Stage.IDENTIFY).choices().get(0).key());
        return view.await(Stage.CONFIRM);
    }

    private List<Entitlement> entitlementsAtTheCentral(DemoPerson person) throws Exception {
        return kiosk.central().entitlements(person.person().idNumber());
    }

    @Test
    void aLivePersonIsCertifiedForEveryBenefitWithTheNextDueDatesPrintedAndJournaledMasked() throws Exception {
        DemoPerson person = receiver();
        ItemController controller = controller(CameraScenario.LIVE_PERSON, person.person().idNumber());
        List<Entitlement> before = entitlementsAtTheCentral(person);

        ItemStep confirm = toConfirm(controller, person);
        String maskedId = PersonalDataMasking.idNumber(person.person().idNumber());
        assertThat(confirm.lines()).contains("认证人：" + PersonalDataMasking.name(person.person().name()) + " " + maskedId);
        assertThat(String.join("\n", confirm.lines())).contains(before.get(0).kind().chinese(), "001 违规禁办 三");
        assertThat(confirm.choices()).extracting(Choice::label).containsExactly("开始认证");

        controller.confirm();
        ItemStep first = view.await(Stage.FACE_CAPTURE);
        assertThat(first.title()).isEqualTo("请看着摄像头");
        assertThat(first.lines().get(0)).startsWith("第 1 步");
        ItemStep done = view.await(Stage.DONE);

        assertThat(done.lines()).contains("认证结果：通过");
        List<Entitlement> after = entitlementsAtTheCentral(person);
        assertThat(after).allSatisfy(e -> assertThat(e.lastCertified()).contains(ItemsFixture.AS_OF));
        for (Entitlement certified : after) {
            assertThat(String.join("\n", done.lines())).contains(certified.kind().chinese() + "：下次请在");
        }
        assertThat(done.text()).doesNotContain(person.person().idNumber());
        assertThat(kiosk.journalEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.operation()).isEqualTo(BenefitCertificationItem.ID);
            assertThat(entry.outcome()).isEqualTo(JournalEntry.Outcome.SUCCEEDED);
            assertThat(entry.person().idNumber()).isEqualTo(maskedId);
            assertThat(entry.detail()).startsWith("certified " + after.size() + " benefits");
        });
        assertThat(RecordingPrinter.text(kiosk.receipts.given.get(0))).contains("认证结果：通过", "下次请在")
                .doesNotContain(person.person().idNumber());

        controller.tapped(done.choices().get(0).key());
        view.await(Stage.ENDED);
        assertThat(controller.holdsVisitData()).isFalse();
    }

    @Test
    void aPhotoHeldUpFailsLivenessThreeTimesAndNothingIsCertified() throws Exception {
        DemoPerson person = receiver();
        ItemController controller = controller(CameraScenario.PHOTO_HELD_UP, person.person().idNumber());
        toConfirm(controller, person);
        for (int attempt = 1; attempt < 3; attempt++) {
            controller.confirm();
            ItemStep again = view.await(Stage.CONFIRM);
            assertThat(again.notice()).contains("没有看清您").contains("眨眨眼");
        }
        controller.confirm();
        ItemStep notDone = view.await(Stage.NOT_DONE);
        assertThat(notDone.instruction()).contains("试了3次都没有认证成功").contains("抚顺市社会保险事业服务中心");
        assertThat(entitlementsAtTheCentral(person)).noneSatisfy(e -> assertThat(e.lastCertified()).contains(ItemsFixture.AS_OF));
        assertThat(kiosk.journalEntries()).as("nothing went to the central").isEmpty();
    }

    @Test
    void anotherPersonsFaceIsRefusedByTheCentralsComparison() throws Exception {
        DemoPerson person = receiver();
        DemoPerson someoneElse = kiosk.population.people().filter(p -> p.index() != person.index()).findFirst().orElseThrow();
        ItemController controller = controller(CameraScenario.LIVE_PERSON, someoneElse.person().idNumber());
        toConfirm(controller, person);
        controller.confirm();
        ItemStep notDone = view.await(Stage.NOT_DONE);
        assertThat(notDone.instruction()).contains("人脸比对没有通过");
        assertThat(entitlementsAtTheCentral(person)).noneSatisfy(e -> assertThat(e.lastCertified()).contains(ItemsFixture.AS_OF));
        assertThat(kiosk.journalEntries()).singleElement().extracting(JournalEntry::outcome)
                .isEqualTo(JournalEntry.Outcome.REFUSED);
    }

    /** The demo's central, but {@code call} answers what {@code answer} makes of the real answer (or throws). */
    private BusinessSystem centralWhere(String call, AnswerChange answer) {
        BusinessSystem central = kiosk.central();
        return (BusinessSystem) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {BusinessSystem.class},
                (proxy, method, arguments) -> {
                    Object real;
                    try {
                        real = method.invoke(central, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    return method.getName().equals(call) ? answer.change(real) : real;
                });
    }

    @FunctionalInterface
    private interface AnswerChange {
        Object change(Object real) throws BusinessException;
    }

    private static BusinessException.Unavailable down() {
        return new BusinessException.Unavailable("the central does not answer", null);
    }

    @Test
    void aPaymentSuspendedForPrisonIsRefusedBeforeTheCameraWithItsSource() throws Exception {
        DemoPerson person = receiver();
        // The central suspends this person's payment 服刑期间 (the demo population here has nobody so suspended).
        BusinessSystem suspending = centralWhere("entitlements", real -> ((List<?>) real).stream()
                .map(Entitlement.class::cast).map(e -> new Entitlement(e.kind(), e.lastCertified(), e.dueBy(),
                        Optional.of("服刑期间暂停发放"))).toList());
        ItemController controller = controller(CameraScenario.LIVE_PERSON, person.person().idNumber(), suspending);
        ids.module().place(ItemsFixture.idCardOf(person));
        controller.start();
        controller.tapped(view.await(Stage.IDENTIFY).choices().get(0).key());
        ItemStep notDone = view.await(Stage.NOT_DONE);
        assertThat(notDone.instruction()).contains("不能办理资格认证", "服刑期间人员不能办理待遇领取资格认证", "001 违规禁办 三.1");
        assertThat(view.shown).extracting(ItemStep::stage).doesNotContain(Stage.FACE_CAPTURE);
        assertThat(kiosk.journalEntries()).isEmpty();
    }

    @Test
    void anUnreachableCentralAtLookUpSendsThePersonToAWindowBeforeTheCamera() throws Exception {
        DemoPerson person = receiver();
        ItemController controller = controller(CameraScenario.LIVE_PERSON, person.person().idNumber(),
                centralWhere("entitlements", real -> {
                    throw down();
                }));
        ids.module().place(ItemsFixture.idCardOf(person));
        controller.start();
        controller.tapped(view.await(Stage.IDENTIFY).choices().get(0).key());
        ItemStep notDone = view.await(Stage.NOT_DONE);
        assertThat(notDone.instruction()).startsWith("业务系统暂时连接不上，这项业务没有办理。");
        assertThat(view.shown).extracting(ItemStep::stage).doesNotContain(Stage.FACE_CAPTURE);
        assertThat(kiosk.journalEntries()).isEmpty();
    }

    @Test
    void anUnreachableCentralAtTheComparisonIsJournaledAsFailedAndCertifiesNothing() throws Exception {
        DemoPerson person = receiver();
        ItemController controller = controller(CameraScenario.LIVE_PERSON, person.person().idNumber(),
                centralWhere("compareFace", real -> {
                    throw down();
                }));
        toConfirm(controller, person);
        controller.confirm();
        view.await(Stage.FACE_CAPTURE);
        ItemStep notDone = view.await(Stage.NOT_DONE);
        assertThat(notDone.instruction()).startsWith("业务系统暂时连接不上，这项业务没有办理。");
        assertThat(entitlementsAtTheCentral(person)).noneSatisfy(e -> assertThat(e.lastCertified()).contains(ItemsFixture.AS_OF));
        assertThat(kiosk.journalEntries()).singleElement().extracting(JournalEntry::outcome)
                .isEqualTo(JournalEntry.Outcome.FAILED);
        controller.tapped(notDone.choices().get(0).key());
        view.await(Stage.ENDED);
        assertThat(controller.holdsVisitData()).isFalse();
    }

    @Test
    void aCameraThatIsNotReadyIsSaidBeforeAnythingIsFilmed() throws Exception {
        DemoPerson person = receiver();
        ItemController controller = controller(CameraScenario.LIVE_PERSON, person.person().idNumber());
        toConfirm(controller, person);
        camera.close();
        controller.confirm();
        ItemStep notDone = view.await(Stage.NOT_DONE);
        assertThat(notDone.instruction()).startsWith("摄像头暂时不能使用，这项业务没有办理。");
        assertThat(view.shown).extracting(ItemStep::stage).doesNotContain(Stage.FACE_CAPTURE);
        assertThat(kiosk.journalEntries()).isEmpty();
    }

    @Test
    void theCameraUnpluggedMidCaptureSaysSoAndCertifiesNothing() throws Exception {
        DemoPerson person = receiver();
        ItemController controller = controller(CameraScenario.UNPLUGGED_MID_SESSION, person.person().idNumber());
        toConfirm(controller, person);
        controller.confirm();
        ItemStep notDone = view.await(Stage.NOT_DONE);
        assertThat(notDone.instruction()).contains("摄像头出了问题");
        assertThat(entitlementsAtTheCentral(person)).noneSatisfy(e -> assertThat(e.lastCertified()).contains(ItemsFixture.AS_OF));
    }

    @Test
    void backDuringTheCaptureStopsItAndTheNextTryStartsAfresh() throws Exception {
        DemoPerson person = receiver();
        ItemController controller = controller(CameraScenario.LIVE_PERSON, person.person().idNumber());
        toConfirm(controller, person);
        controller.confirm();
        view.await(Stage.FACE_CAPTURE);
        controller.back();
        ItemStep again = view.await(Stage.CONFIRM);
        assertThat(again.notice()).isEmpty();
        assertThat(kiosk.journalEntries()).as("nothing sent").isEmpty();
        controller.confirm();
        assertThat(view.await(Stage.DONE).lines()).contains("认证结果：通过");
        assertThat(kiosk.journalEntries()).hasSize(1);
    }

    @Test
    void theIdleWipeDuringTheCaptureSendsNothingAndDropsTheFrames() throws Exception {
        DemoPerson person = receiver();
        ItemController controller = controller(CameraScenario.LIVE_PERSON, person.person().idNumber());
        toConfirm(controller, person);
        controller.confirm();
        view.await(Stage.FACE_CAPTURE);
        controller.wipe();
        view.await(Stage.ENDED);
        assertThat(controller.holdsVisitData()).isFalse();
        Thread.sleep(300);
        assertThat(entitlementsAtTheCentral(person)).noneSatisfy(e -> assertThat(e.lastCertified()).contains(ItemsFixture.AS_OF));
        assertThat(kiosk.journalEntries()).isEmpty();
    }

    @Test
    void noShippedCatalogLetsATerminalDoIt() {
        for (String region : List.of("fushun", "shandong")) {
            BenefitCertificationItem item = new BenefitCertificationItem(null, null, day -> Optional.empty(),
                    Optional.empty(), Clock.systemUTC());
            EnabledItems.Decision decision = EnabledItems.decide(ItemsFixture.region(region), HALL, item);
            assertThat(decision.catalogItem()).as(region).isPresent();
            assertThat(decision.enabled()).as(region + ": 001 #41 and 004 #34 name no terminal").isFalse();
        }
        assertThat(BenefitKind.EMPLOYEE_PENSION.cycleMonths()).isEqualTo(12);
    }

    @Test
    void aKioskWithoutACameraSaysSoBeforeReadingAnything() throws Exception {
        BenefitCertificationItem item = new BenefitCertificationItem(kiosk.central(),
                new CentralFacts(kiosk.central(), kiosk.central(), kiosk.central()), day -> Optional.empty(),
                Optional.empty(), ItemsFixture.CLOCK);
        Region fushun = ItemsFixture.region("fushun");
        Item certification = fushun.items().stream().filter(i -> i.number().equals("41")).findFirst().orElseThrow();
        ItemController controller = new ItemController(item, new CatalogGuidance(certification, fushun.offices()),
                kiosk.services(Optional.of(ids.reader())), view);
        ids.module().place(ItemsFixture.idCardOf(receiver()));
        controller.start();
        controller.tapped(view.await(Stage.IDENTIFY).choices().get(0).key());
        assertThat(view.await(Stage.NOT_DONE).instruction()).contains("这台终端没有摄像头");
    }
}
