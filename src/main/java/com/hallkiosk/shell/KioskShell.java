package com.hallkiosk.shell;

import com.hallkiosk.device.receipt.PrintOutcome;
import com.hallkiosk.device.receipt.ReceiptPrinter;
import com.hallkiosk.guide.ChecklistPage;
import com.hallkiosk.guide.ChecklistReceipt;
import com.hallkiosk.guide.GuidePages;
import com.hallkiosk.guide.GuideSearch;
import com.hallkiosk.guide.SearchPage;
import com.hallkiosk.guide.SearchPages;
import com.hallkiosk.session.IdlePolicy;
import com.hallkiosk.session.IdleWatch;
import com.hallkiosk.session.Language;
import com.hallkiosk.session.VisitSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The kiosk's shell, without Swing: where the person is, their visit's settings, the search they are
 * typing, the checklist they printed, and the idle watch that ends a visit nobody finishes. Every
 * public method only queues work on the session worker (one thread, in order), so it may be called
 * from the event thread; the catalog is read and searched there, never on the event thread.
 */
public final class KioskShell implements ShellActions {
    private static final int SEARCH_LIMIT = 30;

    private final ShellSetup setup;
    // Replaced by a newer catalog between visits; read and written on the session worker only.
    private GuidePages pages;
    private GuideSearch search;
    private Runnable catalogWaiting;
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
            navigation.open(place);
            render();
        });
    }

    @Override
    public void back() {
        worker.execute(() -> {
            navigation.back();
            render();
        });
    }

    @Override
    public void home() {
        worker.execute(() -> {
            navigation.home();
            render();
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
            if (!visiting) {
                takeWaitingCatalog();
                render();
            }
        });
    }

    private void takeWaitingCatalog() {
        if (catalogWaiting != null) {
            catalogWaiting.run();
            catalogWaiting = null;
        }
    }

    private void wipe() {
        takeWaitingCatalog();
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
        view.show(page(navigation.current()), navigation.canGoBack());
    }

    private Page page(Place place) {
        if (place instanceof Place.GuideIndex) {
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
        return pages.home(setup.hallName());
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
