package com.hallkiosk.app;

import com.hallkiosk.business.BusinessSystem;
import com.hallkiosk.calendar.HolidayCalendar;
import com.hallkiosk.catalog.model.CatalogRules;
import com.hallkiosk.catalog.model.Item;
import com.hallkiosk.catalog.model.Region;
import com.hallkiosk.catalog.store.RuleRows;
import com.hallkiosk.config.InvalidConfigException;
import com.hallkiosk.config.ItemsConfig;
import com.hallkiosk.config.ItemsConfigLoader;
import com.hallkiosk.demo.DemoCase;
import com.hallkiosk.device.camera.Camera;
import com.hallkiosk.device.camera.LivenessChecker;
import com.hallkiosk.eligibility.CentralFacts;
import com.hallkiosk.eligibility.RuleBook;
import com.hallkiosk.items.CatalogGuidance;
import com.hallkiosk.items.EnabledItems;
import com.hallkiosk.items.FaceCheck;
import com.hallkiosk.items.IdentitySource;
import com.hallkiosk.items.ItemController;
import com.hallkiosk.items.ItemServices;
import com.hallkiosk.items.SelfServiceItem;
import com.hallkiosk.items.activation.ActivationItem;
import com.hallkiosk.items.application.ApplicationItem;
import com.hallkiosk.items.application.ApplicationRules;
import com.hallkiosk.items.application.BenefitApplication;
import com.hallkiosk.items.cancellation.CancellationItem;
import com.hallkiosk.items.cancellation.CancellationRules;
import com.hallkiosk.items.cardstatus.CardStatusItem;
import com.hallkiosk.items.certificate.CertificateItem;
import com.hallkiosk.items.certificate.CertificateOffice;
import com.hallkiosk.items.certificate.InsuranceScope;
import com.hallkiosk.items.certificate.pension.PensionCertificate;
import com.hallkiosk.items.certificate.personal.PersonalCertificate;
import com.hallkiosk.items.certificate.rights.RightsRecordCertificate;
import com.hallkiosk.items.certificate.unit.UnitCertificate;
import com.hallkiosk.items.certification.BenefitCertificationItem;
import com.hallkiosk.items.lossreport.LossReportItem;
import com.hallkiosk.items.lossreport.LossRules;
import com.hallkiosk.items.pinchange.PinChangeItem;
import com.hallkiosk.items.pinreset.PinResetItem;
import com.hallkiosk.items.pinreset.PinResetPlaces;
import com.hallkiosk.items.unlock.UnlockItem;
import com.hallkiosk.shell.ItemOffer;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The self-service items this kiosk is built with, and which of them it offers in a region: those the region's
 * catalog lets a terminal do and {@code items.properties} does not leave out ({@link EnabledItems}). A new item
 * is one more line in {@link #LINES}.
 */
final class KioskItems {
    private static final Logger LOG = LoggerFactory.getLogger(KioskItems.class);

    /**
     * What an item is made from.
     *
     * @param catalogItem  the region's catalog item the item does (its rules, where they travel in the catalog)
     * @param certificates where the certificate items number, render and preview their certificates
     * @param offeredHere  whether this kiosk offers the item of an id (the PIN change says where a PIN is reset)
     * @param rules        the region's eligibility rule sets, as the catalog (synced) holds them
     * @param calendar     the holiday calendar of the catalog, for the applications' time limits
     * @param faces        the camera's face check; empty on a kiosk without a camera
     */
    record ItemContext(BusinessSystem central, Region region, Item catalogItem, ItemServices services,
                       CertificateOffice certificates, Predicate<String> offeredHere, RuleBook rules,
                       HolidayCalendar calendar, Optional<FaceCheck> faces) {
        /** Whether the person can do the item of {@code id} at this kiosk: it is offered and both cards can be read. */
        boolean withBothCardsHere(String id) {
            return offeredHere.test(id) && services.readers().has(IdentitySource.ID_CARD_AND_CARD);
        }
    }

    /**
     * One item of this kiosk.
     *
     * @param label    what a choice between the items of one catalog item calls it (挂失, 解挂)
     * @param demoCard the demo card that walks the item's way through (the screenshots; the demo card desk)
     * @param make     the item, for a region and its catalog item
     * @param needsCamera whether the item films the face; on a kiosk without a camera it is left out and its guide
     *                    page sends the person to a window
     */
    record Line(String label, DemoCase demoCard, Function<ItemContext, SelfServiceItem> make, boolean needsCamera) {
        Line(String label, DemoCase demoCard, Function<ItemContext, SelfServiceItem> make) {
            this(label, demoCard, make, false);
        }
    }

    /** An item offered in a region: its line, and what the shell is handed. */
    record Offered(Line line, ItemOffer offer) {
    }

    static final List<Line> LINES = List.of(
            new Line("状态查询", DemoCase.NORMAL, at -> new CardStatusItem(at.central(), at.services().clock())),
            new Line("挂失", DemoCase.NORMAL, at -> new LossReportItem(at.central(), LossRules.of(at.region(), at.catalogItem()))),
            new Line("解挂", DemoCase.TEMPORARILY_LOST, at -> new UnlockItem(at.central())),
            new Line("启用", DemoCase.SEALED, at -> ActivationItem.of(at.central(), at.region())),
            new Line("修改密码", DemoCase.TRIES_USED, at -> new PinChangeItem(at.central(),
                    PinResetPlaces.of(at.region(), at.withBothCardsHere(PinResetItem.ID)))),
            new Line("重置密码", DemoCase.PIN_LOCKED, at -> new PinResetItem(at.central())),
            new Line("注销", DemoCase.NORMAL, at -> new CancellationItem(at.central(),
                    CancellationRules.of(at.catalogItem()))),
            new Line("个人参保证明", DemoCase.NORMAL, at -> new CertificateItem(new PersonalCertificate(at.central(),
                    InsuranceScope.of(at.catalogItem())), at.central(), at.certificates(), at.services().documents())),
            new Line("个人权益记录单", DemoCase.NORMAL, at -> new CertificateItem(new RightsRecordCertificate(at.central()),
                    at.central(), at.certificates(), at.services().documents())),
            new Line("养老待遇领取证明", DemoCase.PENSIONER, at -> new CertificateItem(new PensionCertificate(at.central()),
                    at.central(), at.certificates(), at.services().documents())),
            new Line("单位参保证明", DemoCase.LEGAL_REPRESENTATIVE, at -> new CertificateItem(new UnitCertificate(
                    at.central(), InsuranceScope.of(at.catalogItem())), at.central(), at.certificates(),
                    at.services().documents())),
            new Line("失业保险金", DemoCase.UNEMPLOYED, application(BenefitApplication.UNEMPLOYMENT_BENEFIT)),
            new Line("技能提升补贴", DemoCase.SKILLED, application(BenefitApplication.SKILL_UPGRADE_SUBSIDY)),
            new Line("失业补助金", DemoCase.NORMAL, application(BenefitApplication.UNEMPLOYMENT_ALLOWANCE)),
            new Line("资格认证", DemoCase.BENEFIT_RECIPIENT, at -> new BenefitCertificationItem(at.central(),
                    new CentralFacts(at.central(), at.central(), at.central()),
                    day -> at.rules().ruleSet(at.region().id(), at.catalogItem().number(), day), at.faces(),
                    at.services().clock()), true));

    /** How long each liveness prompt is filmed: two seconds at the emulator's ten frames a second. */
    private static final int FRAMES_PER_PROMPT = 20;
    /** How long one prompt may take before the capture is given up (a camera that stopped delivering). */
    private static final Duration PROMPT_TIMEOUT = Duration.ofSeconds(8);

    /** A benefit application's line: one item class, the application as data. */
    private static Function<ItemContext, SelfServiceItem> application(BenefitApplication what) {
        return at -> ApplicationItem.of(what, at.central(), new ApplicationRules(at.region().id(), at.catalogItem(),
                at.rules(), at.calendar()), at.services().clock());
    }

    private final List<Line> lines;
    private final ItemsConfig config;
    private final BusinessSystem central;
    private final ItemServices services;
    private final CertificateOffice certificates;
    private final Optional<FaceCheck> faces;

    private KioskItems(List<Line> lines, ItemsConfig config, BusinessSystem central, ItemServices services,
                       CertificateOffice certificates, Optional<FaceCheck> faces) {
        this.lines = List.copyOf(lines);
        this.config = config;
        this.central = central;
        this.services = services;
        this.certificates = certificates;
        this.faces = faces;
    }

    /**
     * The items of {@code lines}; reads {@code items.properties}, which may name only their ids. {@code camera}
     * films the face captures, with new digits to read for each session.
     */
    static KioskItems load(List<Line> lines, Path configDirectory, Region region, BusinessSystem central,
                           ItemServices services, CertificateOffice certificates, Optional<Camera> camera)
            throws InvalidConfigException {
        Optional<FaceCheck> faces = camera.map(lens -> new FaceCheck(lens, new LivenessChecker(), new SecureRandom(),
                FRAMES_PER_PROMPT, PROMPT_TIMEOUT));
        KioskItems probing = new KioskItems(lines, null, central, services, certificates, faces);
        List<String> ids = lines.stream().map(line -> probing.probe(line, region).id()).toList();
        return new KioskItems(lines, new ItemsConfigLoader(ids).load(configDirectory), central, services, certificates,
                faces);
    }

    /** The offers for the shell: each enabled item made on its own catalog item, with its controller to make. */
    List<Offered> offers(Region region, CatalogRules catalogRules) {
        RuleBook rules = RuleRows.ruleBook(region.id(), catalogRules.ofRegion(region.id()).ruleSets());
        HolidayCalendar calendar = RuleRows.calendar(catalogRules.holidayYears());
        Map<Line, EnabledItems.Decision> decisions = new LinkedHashMap<>();
        for (Line line : lines) {
            EnabledItems.Decision decision = EnabledItems.decide(region, config, List.of(probe(line, region))).get(0);
            if (decision.enabled() && line.needsCamera() && faces.isEmpty()) {
                decision = new EnabledItems.Decision(decision.item(), decision.catalogItem(), false,
                        "这台终端没有摄像头（devices.properties 的 camera.driver 是 none）");
            }
            LOG.info("items: {} in {}: {} ({})", decision.item().id(), region.id(), decision.enabled() ? "on" : "off",
                    decision.reason());
            decisions.put(line, decision);
        }
        Set<String> offeredIds = decisions.values().stream().filter(EnabledItems.Decision::enabled)
                .map(decision -> decision.item().id()).collect(Collectors.toUnmodifiableSet());
        List<Offered> offers = new ArrayList<>();
        for (Map.Entry<Line, EnabledItems.Decision> decided : decisions.entrySet()) {
            Line line = decided.getKey();
            EnabledItems.Decision decision = decided.getValue();
            if (!decision.enabled()) {
                continue;
            }
            Item catalogItem = decision.catalogItem().orElseThrow();
            SelfServiceItem item = line.make().apply(context(region, catalogItem, offeredIds::contains, rules, calendar));
            CatalogGuidance guidance = new CatalogGuidance(catalogItem, region.offices());
            offers.add(new Offered(line, new ItemOffer(item.id(), catalogItem.id(), line.label(),
                    view -> new ItemController(item, guidance, services, view))));
        }
        return offers;
    }

    /**
     * The line's item made on a stand-in catalog item (the region's first), only to learn its id and catalog
     * names, which {@link EnabledItems} decides on; the item offered is made again on its own catalog item.
     */
    private SelfServiceItem probe(Line line, Region region) {
        return line.make().apply(context(region, region.items().get(0), id -> false, new RuleBook(List.of()),
                new HolidayCalendar(List.of())));
    }

    private ItemContext context(Region region, Item catalogItem, Predicate<String> offeredHere, RuleBook rules,
                                HolidayCalendar calendar) {
        return new ItemContext(central, region, catalogItem, services, certificates, offeredHere, rules, calendar, faces);
    }
}
