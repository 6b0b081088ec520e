package com.hallkiosk.ui.screens;

import com.hallkiosk.shell.Place;
import com.hallkiosk.shell.SelfServiceChoicePage;
import com.hallkiosk.ui.widgets.Cards;
import com.hallkiosk.ui.widgets.ColumnPanel;
import com.hallkiosk.ui.widgets.TouchScrollPane;
import java.util.List;
import javax.swing.JComponent;

/** The self-service items of one catalog item (挂失 or 解挂) as large cards, and the way to its guide page. */
public record SelfServiceChoiceScreen(SelfServiceChoicePage page, ScreenContext context) implements Screen {

    @Override
    public String title() {
        return page.name();
    }

    @Override
    public String instruction() {
        return context.text("choice.instruction");
    }

    @Override
    public JComponent body() {
        ColumnPanel column = new ColumnPanel();
        List<JComponent> cards = page.items().stream().map(item -> Cards.card("offer-" + item.itemId(), item.label(),
                null, () -> context.actions().open(new Place.SelfService(item.itemId())))).toList();
        column.block(Cards.grid(context.portrait() ? 1 : 2, cards));
        column.block(Cards.card("open-item-guide", context.text("choice.guide"), context.text("choice.guide.detail"),
                () -> context.actions().open(new Place.Item(page.catalogItemId()))));
        return new TouchScrollPane(column);
    }
}
