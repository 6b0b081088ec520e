package com.hallkiosk.shell;

import com.hallkiosk.device.pinpad.KeypadKey;
import com.hallkiosk.device.camera.Camera;
import com.hallkiosk.device.pinpad.KeypadLayout;
import com.hallkiosk.device.pinpad.OnScreenPinPad;
import com.hallkiosk.device.receipt.PrintOutcome;
import com.hallkiosk.device.receipt.ReceiptPrinter;
import com.hallkiosk.guide.ChecklistPage;
import com.hallkiosk.guide.ChecklistReceipt;
import com.hallkiosk.guide.GuidePages;
import com.hallkiosk.guide.GuideSearch;
import com.hallkiosk.guide.ItemPage;
import com.hallkiosk.guide.SearchPage;
import com.hallkiosk.guide.SearchPages;
import com.hallkiosk.items.ItemController;
import com.hallkiosk.items.ItemStep;
import com.hallkiosk.items.ItemView;
import com.hallkiosk.session.IdlePolicy;
import com.hallkiosk.session.IdleWatch;
import com.hallkiosk.session.Language;
import com.hallkiosk.session.VisitSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The kiosk's shell, without Swing: where the person is, their visit's settings, the search they are
 * typing, the checklist they printed, the self-service items it offers, and the idle watch that ends a
 * visit nobody finishes. Every public method only queues work on the session worker (one thread, in
 * order), so it may be called from the event thread; the catalog is read and searched there, never on
 * the event thread.
 *
 * <p>While a self-service item is on the screen, Back, Home and its buttons go to the item's controller,
 * which decides (no Home while the central acts); the item's end brings the person home. The end of a
 * visit wipes every item before the shell's own data.
 */
public final class KioskShell implements ShellActions {
    private static final int SEARCH_LIMIT = 30;

    private final ShellSetup setup;
    // Replaced by a newer catalog between visits; read and written on the session worker only.
    private GuidePages pages;
    private GuideSearch search;
    private Runnable catalogWaiting;
    private Runnable itemsWaiting;
    // The items on offer by item id, in the composition root's order; replaced between visits, like the catalog.
    private Map<String, OfferedItem> items = Map.of();
    private ScreenDevices screenDevices = ScreenDevices.NONE;
    // Counts the sets of items, so that a replaced controller's late steps are recognised and dropped.
    private long itemsGeneration;
    private final ReceiptPrinter printer;
    private final Executor worker;
    private final Clock clock;
    private final ShellView view;
    private final IdleWatch idle;
    private final Navigation navigation = new Navigation();

    private VisitSettings settings = VisitSettings.DEFAULTS;
    private boolean visiting;
    private StringBuilder query = new StringBuilder();
    private ChecklistPage checklist;
    private byte[] lastPaper;

    public KioskShell(ShellSetup setup, GuidePages pages, GuideSearch search, ReceiptPrinter printer,
                      Executor worker, Clock clock, IdlePolicy idlePolicy, LongSupplier nanoTime, ShellView view) {
        this.setup = setup;
        this.pages = pages;
        this.search = search;
        this.printer = printer;
        this.worker = worker;
        this.clock = clock;
        this.view = view;
        this.idle = new IdleWatch(idlePolicy, nanoTime, new IdleListener());
    }

    public void start() {
        worker.execute(() -> {
            view.settings(settings);
            render();
        });
    }

    /** Any touch: starts a visit, or keeps the current one going. */
    @Override
    public void touched() {
        worker.execute(() -> {
            if (!visiting) {
                visiting = true;
                idle.start(settings);
            } else if (!idle.isAsking()) {
                idle.activity();
            }
        });
    }

    @Override
    public void open(Place place) {
        worker.execute(() -> {
            Place target = place instanceof Place.SelfServiceChoice choice ? resolve(choice) : place;
            if (target instanceof Place.SelfService item && (!items.containsKey(item.itemId())
                    || target.equals(navigation.current()))) {
                return;
            }
            leaveItem();
            navigation.open(target);
            if (target instanceof Place.SelfService item) {
                OfferedItem offered = items.get(item.itemId());
                offered.step = null;
                // Its screen comes with its first step.
                offered.controller.start();
            } else {
                render();
            }
        });
    }

    /** The item itself when a catalog item has one, the choice when several, the guide page when none. */
    private Place resolve(Place.SelfServiceChoice choice) {
        List<OfferedItem> offered = offeredFor(choice.catalogItemId());
        if (offered.isEmpty()) {
            return new Place.Item(choice.catalogItemId());
        }
        return offered.size() == 1 ? new Place.SelfService(offered.get(0).offer.itemId()) : choice;
    }

    private List<OfferedItem> offeredFor(String catalogItemId) {
        return items.values().stream().filter(o -> o.offer.catalogItemId().equals(catalogItemId)).toList();
    }

    /** Going somewhere else than through the item's own buttons (not from the screen) ends the item. */
    private void leaveItem() {
        runningItem().ifPresent(offered -> offered.controller.wipe());
    }

    private Optional<OfferedItem> runningItem() {
        return navigation.current() instanceof Place.SelfService item ? Optional.ofNullable(items.get(item.itemId()))
                : Optional.empty();
    }

    @Override
    public void back() {
        worker.execute(() -> {
            Optional<OfferedItem> running = runningItem();
            if (running.isPresent()) {
                running.get().controller.back();
                return;
            }
            navigation.back();
            render();
        });
    }

    @Override
    public void home() {
        worker.execute(() -> {
            Optional<OfferedItem> running = runningItem();
            if (running.isPresent()) {
                running.get().controller.home();
                return;
            }
            navigation.home();
            render();
        });
    }

    @Override
    public void tapped(String itemId, String key) {
        worker.execute(() -> runningItem().filter(offered -> offered.offer.itemId().equals(itemId))
                .ifPresent(offered -> offered.controller.tapped(key)));
    }

    @Override
    public void pressKey(KeypadKey key) {
        worker.execute(() -> {
            if (runningItem().isPresent()) {
                screenDevices.keypad().ifPresent(pad -> pad.press(key));
            }
        });
    }

    @Override
    public void setElderMode(boolean on) {
        worker.execute(() -> changeSettings(settings.withElderMode(on)));
    }

    @Override
    public void setLanguage(Language language) {
        worker.execute(() -> changeSettings(settings.withLanguage(language)));
    }

    private void changeSettings(VisitSettings changed) {
        settings = changed;
        idle.settingsChanged(settings);
        view.settings(settings);
        render();
    }

    /** A key of the on-screen keyboard: a letter or digit to add to the query. */
    @Override
    public void type(char key) {
        worker.execute(() -> {
            query.append(key);
            searchNow();
        });
    }

    @Override
    public void backspace() {
        worker.execute(() -> {
            if (query.length() > 0) {
                query.setLength(query.length() - 1);
            }
            searchNow();
        });
    }

    @Override
    public void clearQuery() {
        worker.execute(() -> {
            query.setLength(0);
            searchNow();
        });
    }

    private void searchNow() {
        if (navigation.current() instanceof Place.Search) {
            render();
        }
    }

    @Override
    public void printChecklist(String itemId) {
        worker.execute(() -> {
            var item = pages.item(itemId).item();
            checklist = new ChecklistPage(itemId, item.name(), ChecklistPage.Status.PRINTING, null, false, Optional.empty());
            navigation.open(new Place.Checklist(itemId));
            render();
            // No look at the printer's health first: it may be seconds old (paper just loaded), and the
            // printer reads its status before taking a job and refuses it, saying why, when it cannot print.
            printer.print(ChecklistReceipt.of(item, pages.regionName(), setup.kioskId(), clock.instant(), setup.zone()))
                    .orTimeout(setup.printTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    // A printer that stops answering mid-job may have printed part of the checklist.
                    .whenComplete((outcome, failure) -> worker.execute(() -> finishPrinting(itemId,
                            failure == null ? outcome : PrintOutcome.incomplete("打印机没有回应", List.of()))));
        });
    }

    /** The emulated printer's paper, shown on screen with the checklist it belongs to. */
    public void paperPrinted(byte[] png) {
        worker.execute(() -> lastPaper = png.clone());
    }

    private void finishPrinting(String itemId, PrintOutcome outcome) {
        if (checklist == null || !checklist.itemId().equals(itemId)) {
            return;
        }
        checklist = new ChecklistPage(itemId, checklist.itemName(),
                outcome.printed() ? ChecklistPage.Status.PRINTED : ChecklistPage.Status.FAILED, outcome.problem(),
                outcome.partlyPrinted(), outcome.printed() ? Optional.ofNullable(lastPaper) : Optional.empty());
        if (navigation.current().equals(new Place.Checklist(itemId))) {
            render();
        }
    }

    /** "Yes, more time": the visit goes on. */
    @Override
    public void moreTime() {
        worker.execute(() -> {
            idle.activity();
            view.askingDone();
        });
    }

    /** "No, I am done", or nobody answered: wipe the visit and go back to the attract screen. */
    @Override
    public void endVisit() {
        worker.execute(this::wipe);
    }

    /** Once a second, from the kiosk's clock. */
    public void tick() {
        worker.execute(idle::tick);
    }

    /**
     * A newer catalog (synced from the central): it takes over between visits, so that nobody's page
     * changes under their finger — at once when nobody is using the kiosk, else when the visit ends.
     */
    public void catalogChanged(GuidePages newPages, GuideSearch newSearch) {
        worker.execute(() -> {
            catalogWaiting = () -> {
                pages = newPages;
                search = newSearch;
            };
            takeWaitingWhenFree();
        });
    }

    /**
     * The self-service items to offer (after home is first painted, and again for each newer catalog), and the
     * devices their screens work with (the on-screen keypad, the camera's mirror). They take over between visits,
     * like a catalog, so that no item changes under a person; the items they replace are wiped.
     */
    public void itemsChanged(List<ItemOffer> offers, ScreenDevices devices) {
        worker.execute(() -> {
            itemsWaiting = () -> {
                items.values().forEach(offered -> offered.controller.wipe());
                itemsGeneration++;
                Map<String, OfferedItem> made = new LinkedHashMap<>();
                for (ItemOffer offer : offers) {
                    made.put(offer.itemId(), new OfferedItem(offer, new ShellItemView(offer.itemId(), itemsGeneration)));
                }
                items = made;
                screenDevices = devices;
            };
            takeWaitingWhenFree();
        });
    }

    private void takeWaitingWhenFree() {
        if (!visiting && runningItem().isEmpty()) {
            takeWaiting();
            render();
        }
    }

    private void takeWaiting() {
        if (catalogWaiting != null) {
            catalogWaiting.run();
            catalogWaiting = null;
        }
        if (itemsWaiting != null) {
            itemsWaiting.run();
            itemsWaiting = null;
        }
    }

    private void wipe() {
        // The items first: each drops the person's data (a PIN entry under way is cancelled) before home is shown.
        items.values().forEach(offered -> {
            offered.controller.wipe();
            offered.step = null;
        });
        takeWaiting();
        idle.stop();
        visiting = false;
        settings = VisitSettings.DEFAULTS;
        query = new StringBuilder();
        checklist = null;
        lastPaper = null;
        navigation.home();
        view.askingDone();
        view.remaining(Duration.ZERO);
        view.settings(settings);
        render();
    }

    private void render() {
        Page page = page(navigation.current());
        if (page != null) {
            view.show(page, navigation.canGoBack());
        }
    }

    /** The page of {@code place}; null for an item whose first step has not come yet. */
    private Page page(Place place) {
        if (place instanceof Place.SelfService item) {
            return itemPage(items.get(item.itemId()));
        } else if (place instanceof Place.SelfServiceChoice choice) {
            List<OfferedItem> offered = offeredFor(choice.catalogItemId());
            if (offered.isEmpty()) {
                return pages.item(choice.catalogItemId());
            }
            return new SelfServiceChoicePage(choice.catalogItemId(), offered.get(0).controller.name(), offered.stream()
                    .map(o -> new SelfServiceChoicePage.Offered(o.offer.itemId(), o.offer.label())).toList());
        } else if (place instanceof Place.Item item && !offeredFor(item.itemId()).isEmpty()) {
            ItemPage guide = pages.item(item.itemId());
            return new ItemPage(guide.item(), guide.offices(), ItemPage.Availability.AT_THIS_KIOSK);
        } else if (place instanceof Place.GuideIndex) {
            return pages.index();
        } else if (place instanceof Place.Category category) {
            return pages.category(category.number());
        } else if (place instanceof Place.Item item) {
            return pages.item(item.itemId());
        } else if (place instanceof Place.Package servicePackage) {
            return pages.servicePackage(servicePackage.packageId());
        } else if (place instanceof Place.Search) {
            return query.length() == 0 ? SearchPage.EMPTY
                    : SearchPages.of(query.toString(), search.search(query.toString(), SEARCH_LIMIT));
        } else if (place instanceof Place.Checklist && checklist != null) {
            return checklist;
        }
        return home(pages.home(setup.hallName()));
    }

    /** Home with the tiles of the items this kiosk does marked, so that they open the item, not its guide page. */
    private HomePage home(HomePage guideHome) {
        return new HomePage(guideHome.hallName(), guideHome.regionName(), guideHome.tiles().stream()
                .map(tile -> new HomePage.ServiceTile(tile.itemId(), tile.title(), !offeredFor(tile.itemId()).isEmpty()))
                .toList());
    }

    private SelfServicePage itemPage(OfferedItem offered) {
        if (offered == null || offered.step == null) {
            return null;
        }
        ItemStep step = offered.step;
        Optional<KeypadLayout> keys = step.stage() == ItemStep.Stage.ENTER_PIN
                ? screenDevices.keypad().flatMap(OnScreenPinPad::layout) : Optional.empty();
        Optional<Camera> mirror = step.stage() == ItemStep.Stage.FACE_CAPTURE ? screenDevices.camera() : Optional.empty();
        return new SelfServicePage(offered.offer.itemId(), offered.controller.name(), step, keys, mirror);
    }

    /** An item on offer, its controller, and the step it last showed; on the worker only. */
    private static final class OfferedItem {
        private final ItemOffer offer;
        private final ItemController controller;
        private ItemStep step;

        private OfferedItem(ItemOffer offer, ItemView view) {
            this.offer = offer;
            this.controller = offer.controller().apply(view);
        }
    }

    /**
     * An item's view: each step and the end come onto the worker. A step is shown when its item is on the
     * screen (a keypad layout made after the step was sent is there by then); the end brings the person home.
     */
    private final class ShellItemView implements ItemView {
        private final String itemId;
        private final long generation;

        private ShellItemView(String itemId, long generation) {
            this.itemId = itemId;
            this.generation = generation;
        }

        @Override
        public void show(ItemStep step) {
            worker.execute(() -> ours().ifPresent(offered -> {
                if (step.stage() == ItemStep.Stage.ENDED) {
                    return;
                }
                offered.step = step;
                if (onScreen()) {
                    render();
                }
            }));
        }

        @Override
        public void ended() {
            worker.execute(() -> ours().ifPresent(offered -> {
                offered.step = null;
                if (onScreen()) {
                    navigation.home();
                    render();
                }
            }));
        }

        private Optional<OfferedItem> ours() {
            return generation == itemsGeneration ? Optional.ofNullable(items.get(itemId)) : Optional.empty();
        }

        private boolean onScreen() {
            return navigation.current().equals(new Place.SelfService(itemId));
        }
    }

    /** Turns the idle watch's events into work on the session worker. */
    private final class IdleListener implements IdleWatch.Listener {
        @Override
        public void remaining(Duration left) {
            view.remaining(left);
        }

        @Override
        public void asking(Duration left) {
            view.asking(left);
        }

        @Override
        public void expired() {
            worker.execute(KioskShell.this::wipe);
        }
    }
}
