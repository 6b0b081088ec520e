package com.hallkiosk.ui.screens;

import com.hallkiosk.guide.SearchPage;
import com.hallkiosk.ui.theme.KioskTheme;
import com.hallkiosk.ui.widgets.Blocks;
import com.hallkiosk.ui.widgets.ColumnPanel;
import com.hallkiosk.ui.widgets.OnScreenKeyboard;
import com.hallkiosk.ui.widgets.TapCard;
import com.hallkiosk.ui.widgets.TouchScrollPane;
import java.awt.BorderLayout;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;

/**
 * Search as you type: the query, the ranked results with the matching text marked, and the keyboard.
 * Each key updates the results in place; the keyboard is built once.
 */
public final class SearchScreen implements Screen {

    private final ScreenContext context;
    private final JLabel query = Blocks.label("query", "", "Kiosk.titleFont");
    private final JLabel count = Blocks.label("result-count", "", "defaultFont");
    private final ColumnPanel results = new ColumnPanel();

    public SearchScreen(SearchPage page, ScreenContext context) {
        this.context = context;
        results.setName("results");
        update(page);
    }

    @Override
    public String title() {
        return context.text("search.title");
    }

    @Override
    public String instruction() {
        return context.text("search.instruction");
    }

    @Override
    public JComponent body() {
        JPanel body = new JPanel(new BorderLayout(0, KioskTheme.gap()));
        body.setOpaque(false);
        int gap = KioskTheme.gap();
        JPanel top = new JPanel(new BorderLayout(gap, 0));
        top.setOpaque(false);
        top.setBorder(BorderFactory.createEmptyBorder(gap, gap * 2, 0, gap * 2));
        top.add(query, BorderLayout.CENTER);
        top.add(count, BorderLayout.EAST);
        body.add(top, BorderLayout.NORTH);
        body.add(new TouchScrollPane(results), BorderLayout.CENTER);
        OnScreenKeyboard keyboard = new OnScreenKeyboard(context.actions()::type, context.actions()::backspace,
                context.text("search.backspace"), context.actions()::clearQuery, context.text("search.clear"));
        if (context.portrait()) {
            keyboard.setBorder(BorderFactory.createEmptyBorder(0, gap * 2, gap, gap * 2));
            body.add(keyboard, BorderLayout.SOUTH);
        } else {
            keyboard.setBorder(BorderFactory.createEmptyBorder(0, 0, gap, gap * 2));
            JPanel side = new JPanel(new BorderLayout());
            side.setOpaque(false);
            side.setLayout(new javax.swing.BoxLayout(side, javax.swing.BoxLayout.Y_AXIS));
            side.add(javax.swing.Box.createVerticalGlue());
            keyboard.setMaximumSize(new java.awt.Dimension(Integer.MAX_VALUE, keyboard.getPreferredSize().height));
            side.add(keyboard);
            // In landscape the keyboard stands beside the results, so both keep a useful size.
            side.setPreferredSize(new java.awt.Dimension(UIManager.getInt("Kiosk.keyboard.width"), 0));
            body.add(side, BorderLayout.EAST);
        }
        return body;
    }

    /** Shows a newer query's results without rebuilding the screen. */
    public void update(SearchPage page) {
        query.setText(page.query().isEmpty() ? context.text("search.empty") : page.query());
        count.setText(page.query().isEmpty() ? "" : context.text("search.count", page.total()));
        results.removeAll();
        if (!page.query().isEmpty() && page.results().isEmpty()) {
            results.block(Blocks.banner("no-results", context.text("search.none", page.query()), false));
        }
        for (int i = 0; i < page.results().size(); i++) {
            results.block(card(i, page.results().get(i)));
        }
        results.revalidate();
        results.repaint();
    }

    private JComponent card(int rank, SearchPage.Result result) {
        TapCard card = new TapCard("result-" + rank, new BorderLayout(0, KioskTheme.gap() / 2),
                () -> context.actions().open(result.target()));
        com.hallkiosk.ui.widgets.Paragraph title = new com.hallkiosk.ui.widgets.Paragraph(result.title(),
                KioskTheme.font("Kiosk.tileFont"), KioskTheme.color("Kiosk.tile.foreground"));
        title.setName("result-title-" + rank);
        card.add(title, BorderLayout.NORTH);
        String where = context.text("search.matched." + result.matchedIn().name().toLowerCase(Locale.ROOT));
        String hex = String.format("#%06X", KioskTheme.color("Kiosk.match.background").getRGB() & 0xFFFFFF);
        String ink = String.format("#%06X", KioskTheme.color("Kiosk.match.foreground").getRGB() & 0xFFFFFF);
        JLabel excerpt = Blocks.label("result-excerpt-" + rank, "<html>" + Blocks.escape(where) + "：" + Blocks.escape(result.before())
                + "<span style='background:" + hex + ";color:" + ink + "'><b>" + Blocks.escape(result.match())
                + "</b></span>" + Blocks.escape(result.after()) + "</html>", "Kiosk.smallFont");
        card.add(excerpt, BorderLayout.CENTER);
        return card;
    }
}
