package com.hallkiosk.ui.screens;

import com.hallkiosk.guide.CategoryPage;
import com.hallkiosk.ui.widgets.ColumnPanel;
import com.hallkiosk.ui.widgets.TouchScrollPane;
import javax.swing.JComponent;

/** The items of one category, one card each. */
public record CategoryScreen(CategoryPage page, ScreenContext context) implements Screen {

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
