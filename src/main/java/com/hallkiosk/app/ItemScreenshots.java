package com.hallkiosk.app;

import com.hallkiosk.business.demo.DemoPopulation;
import com.hallkiosk.business.jdbc.JdbcBusinessSystem;
import com.hallkiosk.business.jdbc.PinHashes;
import com.hallkiosk.business.jdbc.PopulationLoader;
import com.hallkiosk.catalog.model.Catalog;
import com.hallkiosk.catalog.model.Category;
import com.hallkiosk.catalog.model.Channel;
import com.hallkiosk.catalog.model.ChannelKind;
import com.hallkiosk.catalog.model.Item;
import com.hallkiosk.catalog.model.Region;
import com.hallkiosk.catalog.model.SelfService;
import com.hallkiosk.central.store.CentralDatabase;
import com.hallkiosk.config.InvalidConfigException;
import com.hallkiosk.demo.DemoCardDesk;
import com.hallkiosk.demo.DemoCards;
import com.hallkiosk.device.document.DocumentPrinter;
import com.hallkiosk.device.document.DocumentPrinterSettings;
import com.hallkiosk.device.pinpad.KeypadKey;
import com.hallkiosk.device.pinpad.PinKey;
import com.hallkiosk.items.ItemStep;
import com.hallkiosk.items.PinPrompt;
import com.hallkiosk.journal.JournalOutbox;
import com.hallkiosk.journal.KioskJournal;
import com.hallkiosk.shell.KioskShell;
import com.hallkiosk.shell.Page;
import com.hallkiosk.shell.Place;
import com.hallkiosk.shell.SelfServiceChoicePage;
import com.hallkiosk.shell.SelfServicePage;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javax.swing.SwingUtilities;

/**
 * The screenshots of the self-service items: each item the kiosk offers walked through with the demo card its
 * line names, every step it shows saved (identify, choose, confirm, PIN, done …), on a kiosk wired as the demo
 * wires it, against the central's business tables in this process. Each kiosk walks a fresh copy of the demo
 * population, so an item that changes a card (a loss report) leaves the next kiosk's cards as they were.
 *
 * <p>A PIN step is saved as it comes ({@code enter-pin-empty}) and again with half the PIN typed, its dots showing
 * ({@code enter-pin-typed}); a face-capture step is saved once the camera's picture is on it. The PIN change and
 * reset and the 待遇领取资格认证, which no shipped catalog offers at a terminal, are walked last on the region as it
 * would be if its catalog published them for terminals ({@link #publishingForTerminals}), their files marked
 * {@code if-published}.
 */
final class ItemScreenshots {
    private static final int FIRST_NUMBER = 20;
    private static final int FIRST_PUBLISHED_NUMBER = 40;
    private static final int FIRST_ELSEWHERE_NUMBER = 60;
    private static final String PUBLISHED = "if-published-";
    /** 003 pkg 10 (抚顺 "社保卡服务包")'s sub-item, which the PIN change and reset do where a catalog offers it. */
    static final String PIN_ITEM_NAME = "社会保障卡密码修改与重置";
    /** 001 #41, which 待遇领取资格认证 does where a catalog offers it at a terminal. */
    static final String CERTIFICATION_NAME = "社会保险待遇领取资格认证";
    private static final long A4_START_SECONDS = 10;
    /** A new PIN the trivial-PIN rules accept, for items that set one. */
    private static final String NEW_PIN = "258036";
    private static final Duration STEP_WAIT = Duration.ofSeconds(30);
    /** A few of the emulated camera's frames: the mirror shows one by then. */
    private static final Duration MIRROR_WAIT = Duration.ofMillis(400);

    /** Saves the window as it is now under {@code name}; returns how many were saved. */
    @FunctionalInterface
    interface Shooter {
        int shot(String name) throws InterruptedException, IOException;
    }

    private final Wiring wiring;
    private final Path work;
    private final Path configDirectory;
    private final Path driversDirectory;
    private final DemoPopulation population;
    private final Optional<String> a4Queue;

    private ItemScreenshots(Wiring wiring, Path work, Path configDirectory, Path driversDirectory,
                            DemoPopulation population, Optional<String> a4Queue) {
        this.wiring = wiring;
        this.work = work;
        this.configDirectory = configDirectory;
        this.driversDirectory = driversDirectory;
        this.population = population;
        this.a4Queue = a4Queue;
    }

    /**
     * Loads the demo population once, into {@code work}, for every kiosk's copy; the certificates print on the
     * CUPS queue {@code a4Queue}, else on the A4 printer {@code devices.properties} names.
     */
    static ItemScreenshots prepare(Wiring wiring, Path work, Path configDirectory, Path driversDirectory,
                                   Optional<String> a4Queue) throws SQLException, IOException {
        Files.createDirectories(work);
        Files.deleteIfExists(work.resolve("population.db"));
        DemoPopulation population = new DemoPopulation(Wiring.DEMO_POPULATION_SEED, DemoBackOffice.DEMO_PEOPLE,
                LocalDate.now(wiring.clock()));
        try (CentralDatabase database = wiring.openCentralDatabase(work.resolve("population.db").toString())) {
            new PopulationLoader(database.dataSource(), new PinHashes(new SecureRandom(), PinHashes.DEFAULT_ITERATIONS))
                    .load(population);
        }
        return new ItemScreenshots(wiring, work, configDirectory, driversDirectory, population, a4Queue);
    }

    /**
     * Offers the items of {@code region} (in {@code catalog}) on {@code kiosk}, against a fresh copy of the
     * population; the screenshots of the kiosk's other screens are then taken with the items on offer, and
     * {@link Offered#walk} walks them.
     */
    Offered offer(KioskLauncher.RunningKiosk kiosk, String prefix, Catalog catalog, Region region)
            throws IOException, InvalidConfigException, InterruptedException {
        Path copy = work.resolve(prefix + ".db");
        Path journalFile = work.resolve(prefix + "-journal.db");
        Files.copy(work.resolve("population.db"), copy, StandardCopyOption.REPLACE_EXISTING);
        Files.deleteIfExists(journalFile);
        CentralDatabase database = wiring.openCentralDatabase(copy.toString());
        JournalOutbox outbox = JournalOutbox.open(journalFile);
        ConfiguredDevices a4Devices = wiring.devices();
        try {
            EmulatedItems items = EmulatedItems.offer(wiring, kiosk, KioskItems.LINES, configDirectory, driversDirectory,
                    new JdbcBusinessSystem(database.dataSource(), wiring.clock()),
                    new KioskJournal("screenshots", outbox, () -> { }, wiring.clock()), wiring.centralLink(configDirectory),
                    a4(a4Devices));
            return new Offered(kiosk, items, new DemoCardDesk(DemoCards.of(population), items.readers()),
                    catalog.withRegion(publishingForTerminals(region)), () -> {
                        items.close();
                        a4Devices.close();
                        outbox.close();
                        database.close();
                        Files.deleteIfExists(copy);
                        Files.deleteIfExists(journalFile);
                    });
        } catch (InvalidConfigException | RuntimeException e) {
            a4Devices.close();
            outbox.close();
            database.close();
            throw e;
        }
    }

    /**
     * The A4 printer on {@link #a4Queue}, started, if one was named; one that does not start is used all the same,
     * and the certificates' steps say it cannot print.
     */
    private Optional<DocumentPrinter> a4(ConfiguredDevices devices) throws InterruptedException {
        if (a4Queue.isEmpty()) {
            return Optional.empty();
        }
        DocumentPrinter printer = devices.documentPrinter(DocumentPrinterSettings.defaults(a4Queue.get()));
        try {
            printer.open().thenCompose(opened -> printer.enable()).get(A4_START_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            wiring.err().println("screenshots: the A4 queue " + a4Queue.get() + " cannot print (" + printer.health().reason()
                    + "); the certificates' steps will say so");
        }
        return Optional.of(printer);
    }

    /**
     * {@code region} as it would be if its catalog published for terminals what no shipped catalog does: {@value
     * #PIN_ITEM_NAME}, which 003 pkg 10 names with a window only ({@code "申请人携带社保卡和本人有效身份证件到社保卡管理大厅
     * 任意服务窗口办理密码重置手续。"}), and {@value #CERTIFICATION_NAME}, which 001 #41 lets be done at a window, on the web
     * and in the phone apps. Each item says on its face that it is this assumption.
     */
    static Region publishingForTerminals(Region region) {
        Category cards = region.items().stream().filter(item -> item.name().startsWith("社会保障卡")).map(Item::category)
                .filter(Objects::nonNull).findFirst().orElse(new Category("", "社会保障卡"));
        SelfService assumed = new SelfService(true, "自助终端（假设目录发布了这一项）", "截图示例：现行目录没有把这一项列为自助办");
        List<Item> items = region.items().stream().map(item -> !item.name().equals(CERTIFICATION_NAME) ? item
                : new Item(item.id(), item.number(), item.category(), item.name(), item.guideName(), item.conditions(),
                        item.materials(), item.channels(), item.timeLimit(), item.enquiry(), item.tips(),
                        item.consultation(), item.phones(), item.notes(), assumed, item.prohibitions(), item.tolerances(),
                        item.discrepancies(), item.sourceRef())).toList();
        return new Region(region.id(), region.name(), region.sources(), region.offices(), region.categories(), items,
                region.packages(), region.unlinkedProhibitions(), region.discrepancies())
                .withItem(new Item(region.id() + "-if-published", "99", cards, PIN_ITEM_NAME,
                        null, null, List.of(), List.of(new Channel(ChannelKind.WINDOW, "窗口办", "社保卡管理大厅任意服务窗口", null,
                        List.of(), null, null)), null, null, null, null, List.of(), List.of(), assumed, List.of(),
                        List.of(), List.of(), null));
    }

    /** What has to be released once a kiosk's items are walked. */
    @FunctionalInterface
    private interface Release {
        void release() throws IOException;
    }

    /** A kiosk's items on offer, to walk; closing releases their devices, database copy and journal. */
    static final class Offered implements AutoCloseable {
        private final KioskLauncher.RunningKiosk kiosk;
        private final EmulatedItems items;
        private final DemoCardDesk desk;
        private final Catalog publishingForTerminals;
        private final Release release;

        private Offered(KioskLauncher.RunningKiosk kiosk, EmulatedItems items, DemoCardDesk desk,
                        Catalog publishingForTerminals, Release release) {
            this.kiosk = kiosk;
            this.items = items;
            this.desk = desk;
            this.publishingForTerminals = publishingForTerminals;
            this.release = release;
        }

        /** Walks every item offered, numbered from {@value #FIRST_NUMBER}; returns how many screenshots were saved. */
        int walk(String prefix, Shooter shooter) throws InterruptedException, IOException {
            return walk(items.offers(), prefix + "-", FIRST_NUMBER, "", shooter);
        }

        /** The ids of the items offered here. */
        Set<String> itemIds() {
            Set<String> ids = new HashSet<>();
            items.offers().forEach(offered -> ids.add(offered.offer().itemId()));
            return ids;
        }

        /**
         * Walks the items offered here but not in {@code walked} (another region's kiosk), numbered from {@value
         * #FIRST_ELSEWHERE_NUMBER} and marked with this region: the items only another region lets a terminal do.
         */
        int walkOthers(Set<String> walked, String regionId, String prefix, Shooter shooter)
                throws InterruptedException, IOException {
            List<KioskItems.Offered> others = items.offers().stream()
                    .filter(offered -> !walked.contains(offered.offer().itemId())).toList();
            return walk(others, prefix + "-", FIRST_ELSEWHERE_NUMBER, regionId + "-", shooter);
        }

        /**
         * Walks the items the region offers only if its catalog published {@value #PIN_ITEM_NAME}, numbered from
         * {@value #FIRST_PUBLISHED_NUMBER} and marked {@code if-published}: the visit is ended so that the catalog
         * takes over, and {@code visit} starts the next as the screenshots want it (长辈模式 or not).
         */
        int walkIfPublished(String prefix, Shooter shooter, Runnable visit) throws InterruptedException, IOException {
            List<String> shipped = items.offers().stream().map(offered -> offered.offer().itemId()).toList();
            kiosk.shell().endVisit();
            List<KioskItems.Offered> published = kiosk.catalogChanged(publishingForTerminals).stream()
                    .filter(offered -> !shipped.contains(offered.offer().itemId())).toList();
            visit.run();
            return walk(published, prefix + "-", FIRST_PUBLISHED_NUMBER, PUBLISHED, shooter);
        }

        private int walk(List<KioskItems.Offered> offers, String prefix, int firstNumber, String mark, Shooter shooter)
                throws InterruptedException, IOException {
            KioskShell shell = kiosk.shell();
            Set<String> choicesShot = new HashSet<>();
            int count = 0;
            int number = firstNumber;
            for (KioskItems.Offered offered : offers) {
                String itemId = offered.offer().itemId();
                String catalogItemId = offered.offer().catalogItemId();
                String name = prefix + number++ + "-" + mark + itemId;
                desk.presentBoth(offered.line().demoCard().key());
                shell.touched();
                boolean shared = offers.stream()
                        .filter(other -> other.offer().catalogItemId().equals(catalogItemId)).count() > 1;
                if (shared && choicesShot.add(catalogItemId)) {
                    shell.open(new Place.SelfServiceChoice(catalogItemId));
                    awaitPage(kiosk, "the choice of " + catalogItemId, SelfServiceChoicePage.class::isInstance);
                    count += shooter.shot(name + "-0-choice");
                }
                shell.open(new Place.SelfService(itemId));
                count += steps(kiosk, itemId, name, shooter);
            }
            return count;
        }

        @Override
        public void close() throws IOException {
            release.release();
        }
    }

    /** Every settled step of one item, each tapped on the way the demo card allows, until it is done. */
    private static int steps(KioskLauncher.RunningKiosk kiosk, String itemId, String name, Shooter shooter)
            throws InterruptedException, IOException {
        KioskShell shell = kiosk.shell();
        int count = 0;
        ItemStep last = null;
        for (int n = 1; ; n++) {
            ItemStep shown = last;
            SelfServicePage page = (SelfServicePage) awaitPage(kiosk, itemId + "'s step " + n, p -> p instanceof SelfServicePage s
                    && s.step() != shown && settled(s.step()));
            ItemStep step = page.step();
            last = step;
            String stepName = name + "-" + n + "-" + step.stage().name().toLowerCase(Locale.ROOT).replace('_', '-');
            if (step.stage() == ItemStep.Stage.FACE_CAPTURE) {
                Thread.sleep(MIRROR_WAIT.toMillis());
            }
            // A PIN step twice, as it comes and half typed: "-empty" and "-typed", listed in that order.
            count += shooter.shot(step.stage() == ItemStep.Stage.ENTER_PIN ? stepName + "-empty" : stepName);
            shell.touched();
            switch (step.stage()) {
                case ENTER_PIN -> {
                    String pin = step.title().equals(PinPrompt.CURRENT.title()) ? DemoPopulation.DEMO_PIN : NEW_PIN;
                    String half = pin.substring(0, pin.length() / 2);
                    type(kiosk, page, half);
                    SelfServicePage typed = (SelfServicePage) awaitPage(kiosk, itemId + "'s PIN half typed",
                            p -> p instanceof SelfServicePage s && s.step().lines().stream().anyMatch(line ->
                                    line.chars().filter(c -> c == '●').count() == half.length()));
                    count += shooter.shot(stepName + "-typed");
                    type(kiosk, typed, pin.substring(half.length()));
                    pressEnter(kiosk, typed);
                }
                case FACE_CAPTURE -> {
                    // Nothing to tap: the camera films each prompt and the controller moves on by itself.
                }
                case IDENTIFY, CHOOSE, CONFIRM -> {
                    if (step.choices().isEmpty()) {
                        shell.home();
                        return count;
                    }
                    shell.tapped(itemId, step.choices().get(0).key());
                }
                default -> {
                    shell.tapped(itemId, step.choices().get(step.choices().size() - 1).key());
                    awaitPage(kiosk, "home after " + itemId, p -> !(p instanceof SelfServicePage));
                    return count;
                }
            }
        }
    }

    /** A step worth a screenshot: not one that passes by itself, nor a PIN entry with some digits typed. */
    private static boolean settled(ItemStep step) {
        return switch (step.stage()) {
            case READING, LOOKING_UP, ACTING, PRINTING, ENDED -> false;
            case ENTER_PIN -> step.lines().stream().noneMatch(line -> line.contains("●"));
            default -> true;
        };
    }

    /** Types {@code digits} on the on-screen keypad, as a finger would. */
    private static void type(KioskLauncher.RunningKiosk kiosk, SelfServicePage page, String digits) {
        List<KeypadKey> keys = keys(page);
        for (char digit : digits.toCharArray()) {
            kiosk.shell().pressKey(keys.stream().filter(key -> key.isDigit() && key.digit() == digit).findFirst().orElseThrow());
        }
    }

    private static void pressEnter(KioskLauncher.RunningKiosk kiosk, SelfServicePage page) {
        kiosk.shell().pressKey(keys(page).stream().filter(key -> key.kind() == PinKey.ENTER).findFirst().orElseThrow());
    }

    private static List<KeypadKey> keys(SelfServicePage page) {
        return page.keypad().orElseThrow(() -> new IllegalStateException(
                "a PIN step without the on-screen keypad: the screenshots type PINs on it")).rows().stream()
                .flatMap(List::stream).toList();
    }

    private static Page awaitPage(KioskLauncher.RunningKiosk kiosk, String what, Predicate<Page> wanted)
            throws InterruptedException {
        long deadline = System.nanoTime() + STEP_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            kiosk.settle();
            Page page = pageShown(kiosk);
            if (page != null && wanted.test(page)) {
                return page;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("screenshots: waited " + STEP_WAIT.toSeconds() + " s for " + what
                + "; the screen shows " + pageShown(kiosk));
    }

    private static Page pageShown(KioskLauncher.RunningKiosk kiosk) throws InterruptedException {
        Page[] page = new Page[1];
        try {
            SwingUtilities.invokeAndWait(() -> page[0] = kiosk.view().page());
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("reading the page shown failed", e.getCause());
        }
        return page[0];
    }
}
