package com.hallkiosk.ui.screens;

import com.hallkiosk.guide.CategoryPage;
import com.hallkiosk.ui.widgets.ColumnPanel;
import com.hallkiosk.ui.widgets.TouchScrollPane;
import javax.swing.JComponent;

/** The items of one category, one card each. */
public final class CategoryScreen implements Screen {
    private final CategoryPage page;
    private final ScreenContext context;

    public CategoryScreen(CategoryPage page, ScreenContext context) {
        this.page = page;
        this.context = context;
    }

    @Override
    public String title() {
        return page.name();
    }

    @Override
    public String instruction() {
        return context.text("category.instruction");
    }

    @Override
    public JComponent body() {
        ColumnPanel column = new ColumnPanel();
        page.items().forEach(item -> column.block(ItemCards.card(item, context)));
        return new TouchScrollPane(column);
    }
}
