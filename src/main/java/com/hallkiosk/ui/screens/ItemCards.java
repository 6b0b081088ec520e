package com.hallkiosk.ui.screens;

import com.hallkiosk.guide.GuideIndexPage;
import com.hallkiosk.shell.Place;
import com.hallkiosk.ui.widgets.Cards;
import javax.swing.JComponent;

/** The card of an item in a list: its number and name; tapping opens its guide page. */
final class ItemCards {
    private ItemCards() {
    }

    static JComponent card(GuideIndexPage.ItemEntry item, ScreenContext context) {
        return Cards.card("item-" + item.itemId(), item.number() + ". " + item.name(), null,
                () -> context.actions().open(new Place.Item(item.itemId())));
    }
}
