package com.hallkiosk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.catalog.CuratedCatalogFixture;
import com.hallkiosk.catalog.model.Catalog;
import com.hallkiosk.catalog.model.Region;
import com.hallkiosk.catalog.search.CatalogSearch;
import com.hallkiosk.catalog.search.PinyinReadings;
import com.hallkiosk.device.DeviceHealth;
import com.hallkiosk.device.receipt.PrintOutcome;
import com.hallkiosk.device.receipt.Receipt;
import com.hallkiosk.device.receipt.ReceiptPrinter;
import com.hallkiosk.guide.CategoryPage;
import com.hallkiosk.guide.ChecklistPage;
import com.hallkiosk.guide.GuideIndexPage;
import com.hallkiosk.guide.GuidePages;
import com.hallkiosk.guide.ItemPage;
import com.hallkiosk.guide.PackagePage;
import com.hallkiosk.guide.SearchPage;
import com.hallkiosk.items.CatalogGuidance;
import com.hallkiosk.items.IdentityReaders;
import com.hallkiosk.items.IdentitySource;
import com.hallkiosk.items.ItemController;
import com.hallkiosk.items.ItemServices;
import com.hallkiosk.items.ItemStep;
import com.hallkiosk.items.ShapeOnlyItem;
import com.hallkiosk.items.TransactionNumbers;
import com.hallkiosk.journal.PersonKeys;
import com.hallkiosk.session.IdlePolicy;
import com.hallkiosk.session.Language;
import com.hallkiosk.session.VisitSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The shell driven headless: no Swing, a direct executor, a clock the test moves. */
class KioskShellTest {
    private static final Catalog CATALOG = CuratedCatalogFixture.catalog();
    private static final CatalogSearch SEARCH = CatalogSearch.of(CATALOG, new PinyinReadings());

    private final AtomicLong nanos = new AtomicLong();
    private final RecordingView view = new RecordingView();
    private final ScriptedPrinter printer = new ScriptedPrinter();

    private KioskShell shell(String regionId) {
        return shell(regionId, Duration.ofSeconds(5));
    }

    private KioskShell shell(String regionId, Duration printTimeout) {
        return new KioskShell(new ShellSetup("test-01", "测试大厅", ZoneId.of("Asia/Shanghai"), printTimeout),
                new GuidePages(CuratedCatalogFixture.region(CATALOG, regionId)),
                (query, limit) -> SEARCH.search(regionId, query, limit), printer, Runnable::run,
                Clock.fixed(Instant.parse("2026-11-22T02:00:00Z"), ZoneOffset.UTC), IdlePolicy.DEFAULT, nanos::get,
                view);
    }

    @Test
    void homeShowsATilePerSelfServiceItemAndEveryTileOpensAGuidePage() {
        KioskShell shell = shell("anshan-tiedong");
        shell.start();
        HomePage home = (HomePage) view.lastPage();
        assertThat(home.hallName()).isEqualTo("测试大厅");
        assertThat(home.tiles()).extracting(HomePage.ServiceTile::itemId).containsExactly("anshan-tiedong-7",
                "anshan-tiedong-8", "anshan-tiedong-26", "anshan-tiedong-27", "anshan-tiedong-28", "anshan-tiedong-29");
        for (HomePage.ServiceTile tile : home.tiles()) {
            shell.open(new Place.Item(tile.itemId()));
            ItemPage page = (ItemPage) view.lastPage();
            assertThat(page.availability()).isEqualTo(ItemPage.Availability.NOT_AT_THIS_KIOSK_YET);
            assertThat(page.item().channels()).as("a tile says where else to go").isNotEmpty();
            shell.back();
        }
        assertThat(view.lastPage()).isInstanceOf(HomePage.class);
    }

    @Test
    void browsesTheGuideByCategoryToAnItemAndBack() {
        KioskShell shell = shell("fushun");
        shell.start();
        shell.open(new Place.GuideIndex());
        GuideIndexPage index = (GuideIndexPage) view.lastPage();
        assertThat(index.categories()).hasSize(12);
        assertThat(index.packages()).hasSize(10);
        shell.open(new Place.Category("六"));
        CategoryPage cards = (CategoryPage) view.lastPage();
        assertThat(cards.name()).isEqualTo("社会保障卡");
        assertThat(cards.items()).extracting(GuideIndexPage.ItemEntry::number).containsExactly("36", "37", "38", "39", "40");
        shell.open(new Place.Item("fushun-38"));
        ItemPage lossReport = (ItemPage) view.lastPage();
        assertThat(lossReport.item().name()).isEqualTo("社会保障卡挂失与解挂");
        assertThat(view.lastCanGoBack()).isTrue();
        shell.back();
        assertThat(view.lastPage()).isInstanceOf(CategoryPage.class);
        shell.home();
        assertThat(view.lastPage()).isInstanceOf(HomePage.class);
        assertThat(view.lastCanGoBack()).isFalse();
    }

    @Test
    void aRegionWithoutCategoriesListsItsItemsOnTheIndex() {
        KioskShell shell = shell("shandong");
        shell.start();
        shell.open(new Place.GuideIndex());
        assertThat(((GuideIndexPage) view.lastPage()).uncategorised()).hasSize(35);
    }

    @Test
    void packagesHaveAPageEach() {
        KioskShell shell = shell("fushun");
        shell.open(new Place.Package("fushun-package-10"));
        assertThat(((PackagePage) view.lastPage()).servicePackage().name()).isEqualTo("社保卡服务包");
    }

    @Test
    void searchUpdatesWithEveryKey() {
        KioskShell shell = shell("fushun");
        shell.open(new Place.Search());
        assertThat(view.lastPage()).isEqualTo(SearchPage.EMPTY);
        shell.type('s');
        shell.type('b');
        shell.type('k');
        SearchPage results = (SearchPage) view.lastPage();
        assertThat(results.query()).isEqualTo("sbk");
        assertThat(results.results().get(0).title()).isEqualTo("社会保障卡申领");
        assertThat(results.results().get(0).match()).isEqualTo("社保卡");
        shell.backspace();
        assertThat(((SearchPage) view.lastPage()).query()).isEqualTo("sb");
        shell.clearQuery();
        assertThat(view.lastPage()).isEqualTo(SearchPage.EMPTY);
    }

    @Test
    void printsAChecklistAndShowsThePaper() {
        KioskShell shell = shell("anshan-tiedong");
        printer.paperOut = shell::paperPrinted;
        shell.open(new Place.Item("anshan-tiedong-27"));
        shell.printChecklist("anshan-tiedong-27");
        ChecklistPage page = (ChecklistPage) view.lastPage();
        assertThat(page.status()).isEqualTo(ChecklistPage.Status.PRINTED);
        assertThat(page.paper()).hasValueSatisfying(paper -> assertThat(paper).containsExactly(PAPER));
        Receipt receipt = printer.printed.get(0);
        assertThat(receipt.lines()).contains(new Receipt.Text("社会保障卡挂失与解挂", Receipt.Align.CENTER, true, false));
        assertThat(receipt.lines()).anySatisfy(line -> assertThat(line.toString()).contains("持卡人应当持有效身份证件"));
    }

    @Test
    void aJobThePrinterRefusesShowsWhyWithoutPaperAndNothingPartlyPrinted() {
        KioskShell shell = shell("anshan-tiedong");
        printer.outcomes.add(CompletableFuture.completedFuture(PrintOutcome.failed("缺纸")));
        shell.printChecklist("anshan-tiedong-27");
        ChecklistPage page = (ChecklistPage) view.lastPage();
        assertThat(page.status()).isEqualTo(ChecklistPage.Status.FAILED);
        assertThat(page.problem()).isEqualTo("缺纸");
        assertThat(page.partlyPrinted()).isFalse();
        assertThat(page.paper()).isEmpty();
    }

    @Test
    void aJobThatStopsMidwaySaysThePaperMayBeIncompleteAndPrintingAgainWorks() {
        KioskShell shell = shell("anshan-tiedong");
        printer.outcomes.add(CompletableFuture.completedFuture(PrintOutcome.incomplete("缺纸", List.of())));
        shell.printChecklist("anshan-tiedong-27");
        ChecklistPage failed = (ChecklistPage) view.lastPage();
        assertThat(failed.status()).isEqualTo(ChecklistPage.Status.FAILED);
        assertThat(failed.partlyPrinted()).isTrue();
        assertThat(failed.paper()).as("no paper shown for a job that did not print").isEmpty();
        shell.printChecklist("anshan-tiedong-27");
        assertThat(((ChecklistPage) view.lastPage()).status()).isEqualTo(ChecklistPage.Status.PRINTED);
        assertThat(printer.printed).hasSize(2);
    }

    @Test
    void aPrinterThatNeverAnswersIsAnIncompleteJobNotAPrintedOne() {
        KioskShell shell = shell("anshan-tiedong", Duration.ofMillis(200));
        printer.outcomes.add(new CompletableFuture<>());
        shell.printChecklist("anshan-tiedong-27");
        assertThat(((ChecklistPage) view.lastPage()).status()).isEqualTo(ChecklistPage.Status.PRINTING);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (((ChecklistPage) view.lastPage()).status() == ChecklistPage.Status.PRINTING && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        ChecklistPage page = (ChecklistPage) view.lastPage();
        assertThat(page.status()).isEqualTo(ChecklistPage.Status.FAILED);
        assertThat(page.problem()).isEqualTo("打印机没有回应");
        assertThat(page.partlyPrinted()).isTrue();
    }

    @Test
    void elderModeLengthensTheIdleLimitAndLanguageChangesTheChrome() {
        KioskShell shell = shell("fushun");
        shell.start();
        shell.touched();
        assertThat(view.remaining).last().isEqualTo(Duration.ofSeconds(60));
        shell.setElderMode(true);
        shell.setLanguage(Language.ENGLISH);
        assertThat(view.settings).last().isEqualTo(new VisitSettings(true, Language.ENGLISH));
        assertThat(view.remaining).last().isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void anUnansweredQuestionEndsTheVisitAndWipesIt() {
        KioskShell shell = shell("fushun");
        shell.start();
        shell.touched();
        shell.setElderMode(true);
        shell.open(new Place.Search());
        shell.type('s');
        shell.printChecklist("fushun-38");
        nanos.addAndGet(Duration.ofSeconds(119).toNanos());
        shell.tick();
        assertThat(view.asking).isEmpty();
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        shell.tick();
        assertThat(view.asking).last().isEqualTo(Duration.ofSeconds(14));
        nanos.addAndGet(Duration.ofSeconds(14).toNanos());
        shell.tick();
        assertThat(view.lastPage()).isInstanceOf(HomePage.class);
        assertThat(view.settings).last().isEqualTo(VisitSettings.DEFAULTS);
        shell.open(new Place.Search());
        assertThat(view.lastPage()).as("the query is gone").isEqualTo(SearchPage.EMPTY);
        shell.open(new Place.Checklist("fushun-38"));
        assertThat(view.lastPage()).as("the checklist is gone").isInstanceOf(HomePage.class);
    }

    @Test
    void aNewerCatalogTakesOverAtOnceWhenIdleAndOnlyAfterTheVisitOtherwise() {
        KioskShell shell = shell("anshan-tiedong");
        shell.start();
        Region region = CuratedCatalogFixture.region(CATALOG, "anshan-tiedong");
        Region renamed = new Region(region.id(), "改名后的地区", region.sources(), region.offices(), region.categories(),
                region.items(), region.packages(), region.unlinkedProhibitions(), region.discrepancies());
        shell.catalogChanged(new GuidePages(renamed), (query, limit) -> SEARCH.search("anshan-tiedong", query, limit));
        assertThat(((HomePage) view.lastPage()).regionName()).as("nobody is using the kiosk").isEqualTo("改名后的地区");

        shell.touched();
        shell.open(new Place.GuideIndex());
        shell.catalogChanged(new GuidePages(region), (query, limit) -> SEARCH.search("anshan-tiedong", query, limit));
        shell.open(new Place.GuideIndex());
        assertThat(((GuideIndexPage) view.lastPage()).regionName()).as("not in the middle of a visit").isEqualTo("改名后的地区");
        shell.endVisit();
        assertThat(((HomePage) view.lastPage()).regionName()).isEqualTo(region.name());
    }

    @Test
    void answeringTheQuestionKeepsTheVisit() {
        KioskShell shell = shell("fushun");
        shell.start();
        shell.touched();
        shell.open(new Place.GuideIndex());
        nanos.addAndGet(Duration.ofSeconds(61).toNanos());
        shell.tick();
        assertThat(view.asking).isNotEmpty();
        shell.moreTime();
        nanos.addAndGet(Duration.ofSeconds(30).toNanos());
        shell.tick();
        assertThat(view.lastPage()).isInstanceOf(GuideIndexPage.class);
        assertThat(view.askingDone).isPositive();
    }

    /** An offer of {@code item} for the region's catalog item of that name, on a kiosk without readers. */
    private static ItemOffer offer(String regionId, ShapeOnlyItem item, String label) {
        Region region = CuratedCatalogFixture.region(CATALOG, regionId);
        com.hallkiosk.catalog.model.Item catalogItem = region.items().stream()
                .filter(i -> i.name().equals(item.catalogName())).findFirst().orElseThrow();
        ItemServices services = new ItemServices(Runnable::run, Runnable::run,
                new IdentityReaders(Optional.empty(), Optional.empty(), Duration.ofSeconds(1)), new ScriptedPrinter(), null,
                new PersonKeys(new byte[16]), new TransactionNumbers(Clock.systemUTC(), new Random(1)), Clock.systemUTC(),
                "test-01", "测试大厅", Duration.ofSeconds(1), Duration.ofSeconds(1), Optional.empty(), Optional.empty(),
                Duration.ofSeconds(1));
        return new ItemOffer(item.id(), catalogItem.id(), label, view -> new ItemController(item,
                new CatalogGuidance(catalogItem, region.offices()), services, view));
    }

    private static final ShapeOnlyItem STATUS = new ShapeOnlyItem("card-status", "社会保障卡应用状态查询");
    private static final ShapeOnlyItem LOSS = new ShapeOnlyItem("card-loss", "社会保障卡挂失与解挂");
    private static final ShapeOnlyItem UNLOCK = new ShapeOnlyItem("card-unlock", "社会保障卡挂失与解挂");

    private KioskShell shellWithItems() {
        KioskShell shell = shell("anshan-tiedong");
        shell.start();
        shell.itemsChanged(List.of(offer("anshan-tiedong", STATUS, "查询"), offer("anshan-tiedong", LOSS, "挂失"),
                offer("anshan-tiedong", UNLOCK, "解挂")), ScreenDevices.NONE);
        return shell;
    }

    @Test
    void theTileOfAnOfferedItemStartsItAndTheOtherTilesStillOpenTheirGuidePage() {
        KioskShell shell = shellWithItems();
        HomePage home = (HomePage) view.lastPage();
        assertThat(home.tiles()).filteredOn(HomePage.ServiceTile::doneHere).extracting(HomePage.ServiceTile::itemId)
                .containsExactly("anshan-tiedong-27", "anshan-tiedong-29");

        shell.touched();
        shell.open(new Place.SelfServiceChoice("anshan-tiedong-29"));
        SelfServicePage step = (SelfServicePage) view.lastPage();
        assertThat(step.itemId()).isEqualTo("card-status");
        assertThat(step.itemName()).isEqualTo("社会保障卡应用状态查询");
        assertThat(step.step().stage()).isEqualTo(ItemStep.Stage.IDENTIFY);
        assertThat(step.keypad()).isEmpty();

        shell.home();
        assertThat(view.lastPage()).isInstanceOf(HomePage.class);
        shell.open(new Place.SelfServiceChoice("anshan-tiedong-26"));
        assertThat(((ItemPage) view.lastPage()).availability()).isEqualTo(ItemPage.Availability.NOT_AT_THIS_KIOSK_YET);
        shell.home();
        shell.open(new Place.Item("anshan-tiedong-29"));
        assertThat(((ItemPage) view.lastPage()).availability()).as("the guide page of an item done here")
                .isEqualTo(ItemPage.Availability.AT_THIS_KIOSK);
    }

    @Test
    void aCatalogItemWithTwoItemsAsksWhichAndBackOnTheFirstStepEndsTheItemAtHome() {
        KioskShell shell = shellWithItems();
        shell.touched();
        shell.open(new Place.SelfServiceChoice("anshan-tiedong-27"));
        SelfServiceChoicePage choice = (SelfServiceChoicePage) view.lastPage();
        assertThat(choice.name()).isEqualTo("社会保障卡挂失与解挂");
        assertThat(choice.items()).extracting(SelfServiceChoicePage.Offered::label).containsExactly("挂失", "解挂");

        shell.open(new Place.SelfService("card-unlock"));
        assertThat(((SelfServicePage) view.lastPage()).itemId()).isEqualTo("card-unlock");
        shell.tapped("card-loss", IdentitySource.SOCIAL_SECURITY_CARD.name());
        assertThat(((SelfServicePage) view.lastPage()).step().notice()).as("a tap for another item").isEmpty();
        shell.tapped("card-unlock", IdentitySource.SOCIAL_SECURITY_CARD.name());
        assertThat(((SelfServicePage) view.lastPage()).step().notice()).as("the item was told")
                .contains("没有社保卡读卡器");

        shell.back();
        assertThat(view.lastPage()).isInstanceOf(HomePage.class);
        shell.back();
        assertThat(view.lastPage()).isInstanceOf(HomePage.class);
    }

    @Test
    void theIdleWipeEndsTheRunningItemAndNewItemsTakeOverOnlyAfterTheVisit() {
        KioskShell shell = shellWithItems();
        shell.touched();
        shell.open(new Place.SelfService("card-status"));
        shell.itemsChanged(List.of(offer("anshan-tiedong", UNLOCK, "解挂")), ScreenDevices.NONE);
        shell.tapped("card-status", IdentitySource.SOCIAL_SECURITY_CARD.name());
        assertThat(((SelfServicePage) view.lastPage()).itemId()).as("not under the person's finger").isEqualTo("card-status");

        nanos.addAndGet(Duration.ofSeconds(61 + 16).toNanos());
        shell.tick();
        shell.tick();
        HomePage home = (HomePage) view.lastPage();
        assertThat(home.tiles()).filteredOn(HomePage.ServiceTile::doneHere).extracting(HomePage.ServiceTile::itemId)
                .containsExactly("anshan-tiedong-27");
        shell.open(new Place.SelfService("card-status"));
        assertThat(view.lastPage()).as("an item no longer offered does not open").isInstanceOf(HomePage.class);
        shell.open(new Place.SelfServiceChoice("anshan-tiedong-27"));
        assertThat(((SelfServicePage) view.lastPage()).step().notice()).as("a fresh visit of the item").isEmpty();
    }

    /** Records what the shell asked of the screen. */
    private static final class RecordingView implements ShellView {
        final List<Page> pages = new ArrayList<>();
        final List<Boolean> canGoBack = new ArrayList<>();
        final List<VisitSettings> settings = new ArrayList<>();
        final List<Duration> remaining = new ArrayList<>();
        final List<Duration> asking = new ArrayList<>();
        int askingDone;

        @Override
        public synchronized void show(Page page, boolean back) {
            pages.add(page);
            canGoBack.add(back);
        }

        @Override
        public synchronized void settings(VisitSettings chosen) {
            settings.add(chosen);
        }

        @Override
        public synchronized void remaining(Duration left) {
            remaining.add(left);
        }

        @Override
        public synchronized void asking(Duration left) {
            asking.add(left);
        }

        @Override
        public synchronized void askingDone() {
            askingDone++;
        }

        synchronized Page lastPage() {
            return pages.get(pages.size() - 1);
        }

        synchronized boolean lastCanGoBack() {
            return canGoBack.get(canGoBack.size() - 1);
        }
    }

    private static final byte[] PAPER = {1, 2, 3};

    /** A printer that records jobs, answers at once, and hands out a paper like the emulator does. */
    private static final class ScriptedPrinter implements ReceiptPrinter {
        final List<Receipt> printed = new ArrayList<>();
        java.util.function.Consumer<byte[]> paperOut = paper -> { };
        java.util.Deque<CompletableFuture<PrintOutcome>> outcomes = new java.util.ArrayDeque<>();
        DeviceHealth health = new DeviceHealth(DeviceHealth.State.READY, "test", Instant.EPOCH);

        @Override
        public CompletableFuture<PrintOutcome> print(Receipt receipt) {
            printed.add(receipt);
            paperOut.accept(PAPER);
            return outcomes.isEmpty() ? CompletableFuture.completedFuture(PrintOutcome.DONE) : outcomes.poll();
        }

        @Override
        public DeviceHealth health() {
            return health;
        }

        @Override
        public String name() {
            return "receipt";
        }

        @Override
        public CompletableFuture<Void> open() {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> enable() {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void onHealthChange(java.util.function.Consumer<DeviceHealth> listener) {
            // A scripted printer's health changes only when the test sets it.
        }

        @Override
        public void close() {
            // Nothing to release.
        }
    }
}
