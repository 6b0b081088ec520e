package com.hallkiosk.ui;

import com.hallkiosk.guide.CategoryPage;
import com.hallkiosk.guide.ChecklistPage;
import com.hallkiosk.guide.GuideIndexPage;
import com.hallkiosk.guide.ItemPage;
import com.hallkiosk.guide.PackagePage;
import com.hallkiosk.guide.SearchPage;
import com.hallkiosk.session.VisitSettings;
import com.hallkiosk.shell.HomePage;
import com.hallkiosk.shell.Page;
import com.hallkiosk.shell.SelfServiceChoicePage;
import com.hallkiosk.shell.SelfServicePage;
import com.hallkiosk.shell.ShellActions;
import com.hallkiosk.shell.ShellView;
import com.hallkiosk.ui.screens.CategoryScreen;
import com.hallkiosk.ui.screens.ChecklistScreen;
import com.hallkiosk.ui.screens.GuideIndexScreen;
import com.hallkiosk.ui.screens.HomeScreen;
import com.hallkiosk.ui.screens.ItemScreen;
import com.hallkiosk.ui.screens.PackageScreen;
import com.hallkiosk.ui.screens.Screen;
import com.hallkiosk.ui.screens.ScreenContext;
import com.hallkiosk.ui.screens.SearchScreen;
import com.hallkiosk.ui.screens.SelfServiceChoiceScreen;
import com.hallkiosk.ui.screens.SelfServiceScreen;
import com.hallkiosk.ui.theme.KioskTheme;
import java.time.Clock;
import java.time.Duration;
import javax.swing.SwingUtilities;

/**
 * The shell's screen in Swing: every call from the shell is moved onto the event thread, where the
 * page is turned into its screen inside the chrome. 长辈模式 and the language rebuild the chrome and
 * the page with the new theme and words.
 */
public final class SwingShellView implements ShellView {
    private final KioskWindow window;
    private final KioskTheme theme;
    private final Clock clock;
    private final boolean portrait;
    private ShellActions actions;
    private VisitSettings settings = VisitSettings.DEFAULTS;
    private Messages messages = new Messages(settings.language());
    private ScreenChrome chrome;
    private IdleQuestion question;
    private Page page;
    private boolean canGoBack;
    private Screen screen;
    private Runnable firstHomePainted = () -> { };
    private Duration remaining = Duration.ZERO;
    private boolean opened;

    public SwingShellView(KioskWindow window, KioskTheme theme, Clock clock, boolean portrait) {
        this.window = window;
        this.theme = theme;
        this.clock = clock;
        this.portrait = portrait;
    }

    /** Connects the actions of the shell; on the event thread, after the theme is set, before the shell starts. */
    public void attach(ShellActions shellActions) {
        this.actions = shellActions;
        rebuildChrome();
    }

    /** Runs once, right after the home screen has first been painted (for the start-up benchmark). */
    public void whenHomeFirstPainted(Runnable action) {
        this.firstHomePainted = action;
    }

    @Override
    public void show(Page shown, boolean back) {
        SwingUtilities.invokeLater(() -> {
            if (shown instanceof SearchPage results && screen instanceof SearchScreen search && page instanceof SearchPage) {
                page = shown;
                search.update(results);
                return;
            }
            page = shown;
            canGoBack = back;
            render();
            if (!opened) {
                // Shown once there is a page in it, so that its first paint is the page, not empty chrome.
                opened = true;
                window.open();
            }
            if (shown instanceof HomePage) {
                Runnable action = firstHomePainted;
                firstHomePainted = () -> { };
                SwingUtilities.invokeLater(() -> {
                    window.frame().getRootPane().paintImmediately(window.frame().getRootPane().getBounds());
                    action.run();
                });
            }
        });
    }

    /** The page on the screen, or null before the first; on the event thread (screenshots and tests wait on it). */
    public Page page() {
        return page;
    }

    @Override
    public void settings(VisitSettings chosen) {
        SwingUtilities.invokeLater(() -> {
            if (chosen.equals(settings)) {
                return;
            }
            boolean elderChanged = chosen.elderMode() != settings.elderMode();
            settings = chosen;
            messages = new Messages(chosen.language());
            if (elderChanged) {
                theme.apply(chosen.elderMode());
            }
            rebuildChrome();
            if (page != null) {
                render();
            }
        });
    }

    @Override
    public void remaining(Duration left) {
        SwingUtilities.invokeLater(() -> {
            remaining = left;
            chrome.remaining(left);
        });
    }

    @Override
    public void asking(Duration left) {
        SwingUtilities.invokeLater(() -> question.ask(left));
    }

    @Override
    public void askingDone() {
        SwingUtilities.invokeLater(() -> question.setVisible(false));
    }

    private void rebuildChrome() {
        chrome = new ScreenChrome(messages, actions, settings, portrait);
        chrome.remaining(remaining);
        question = new IdleQuestion(messages, actions);
        window.setContent(chrome, question);
    }

    private void render() {
        screen = screenFor(page, new ScreenContext(messages, actions, portrait, clock));
        chrome.show(screen, canGoBack);
    }

    private static Screen screenFor(Page page, ScreenContext context) {
        if (page instanceof HomePage home) {
            return new HomeScreen(home, context);
        } else if (page instanceof GuideIndexPage index) {
            return new GuideIndexScreen(index, context);
        } else if (page instanceof CategoryPage category) {
            return new CategoryScreen(category, context);
        } else if (page instanceof ItemPage item) {
            return new ItemScreen(item, context);
        } else if (page instanceof PackagePage servicePackage) {
            return new PackageScreen(servicePackage, context);
        } else if (page instanceof SearchPage search) {
            return new SearchScreen(search, context);
        } else if (page instanceof ChecklistPage checklist) {
            return new ChecklistScreen(checklist, context);
        } else if (page instanceof SelfServicePage step) {
            return new SelfServiceScreen(step, context);
        } else if (page instanceof SelfServiceChoicePage choice) {
            return new SelfServiceChoiceScreen(choice, context);
        }
        throw new IllegalArgumentException("no screen for " + page.getClass().getSimpleName());
    }
}
