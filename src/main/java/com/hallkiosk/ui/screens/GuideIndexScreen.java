package com.hallkiosk.ui.screens;

import com.hallkiosk.guide.GuideIndexPage;
import com.hallkiosk.shell.Place;
import com.hallkiosk.ui.widgets.Blocks;
import com.hallkiosk.ui.widgets.Cards;
import com.hallkiosk.ui.widgets.ColumnPanel;
import com.hallkiosk.ui.widgets.TouchScrollPane;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComponent;

/** The guide's index: search, categories (or items, where a region has none), packages. */
public record GuideIndexScreen(GuideIndexPage page, ScreenContext context) implements Screen {

    @Override
    public String title() {
        return context.text("guide.title") + " · " + page.regionName();
    }

    @Override
    public String instruction() {
        return context.text("guide.instruction");
    }

    @Override
    public JComponent body() {
        ColumnPanel column = new ColumnPanel();
        column.block(Cards.card("open-search", context.text("home.search"), context.text("home.search.detail"),
                () -> context.actions().open(new Place.Search())));
        int columns = context.portrait() ? 2 : 3;
        if (!page.categories().isEmpty()) {
            column.block(Blocks.heading(context.text("guide.categories")));
            List<JComponent> cards = new ArrayList<>();
            for (GuideIndexPage.CategoryEntry category : page.categories()) {
                cards.add(Cards.card("category-" + category.number(), category.name(),
                        context.text("guide.count", category.items()),
                        () -> context.actions().open(new Place.Category(category.number()))));
            }
            column.block(Cards.grid(columns, cards));
        }
        if (!page.uncategorised().isEmpty()) {
            column.block(Blocks.heading(context.text("guide.items")));
            page.uncategorised().forEach(item -> column.block(ItemCards.card(item, context)));
        }
        if (!page.packages().isEmpty()) {
            column.block(Blocks.heading(context.text("guide.packages")));
            List<JComponent> cards = new ArrayList<>();
            for (GuideIndexPage.PackageEntry entry : page.packages()) {
                cards.add(Cards.card("package-" + entry.packageId(), entry.name(), entry.audience(),
                        () -> context.actions().open(new Place.Package(entry.packageId()))));
            }
            column.block(Cards.grid(context.portrait() ? 1 : 2, cards));
        }
        return new TouchScrollPane(column);
    }
}
