package com.hallkiosk.ui.screens;

import com.hallkiosk.shell.HomePage;
import com.hallkiosk.shell.Place;
import com.hallkiosk.ui.widgets.Blocks;
import com.hallkiosk.ui.widgets.Cards;
import com.hallkiosk.ui.widgets.ClockLabel;
import com.hallkiosk.ui.widgets.ColumnPanel;
import com.hallkiosk.ui.widgets.TouchScrollPane;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JComponent;

/** The attract / home screen: time, the guide, and a tile for each self-service item of the region. */
public record HomeScreen(HomePage page, ScreenContext context) implements Screen {

    @Override
    public String title() {
        return page.hallName();
    }

    @Override
    public String instruction() {
        return context.text("home.instruction");
    }

    @Override
    public JComponent body() {
        ColumnPanel column = new ColumnPanel();
        column.block(new ClockLabel(context.clock(), context.messages().language().locale()));
        column.block(Cards.grid(2, List.of(
                Cards.card("open-guide", context.text("home.guide"), context.text("home.guide.detail"),
                        () -> context.actions().open(new Place.GuideIndex())),
                Cards.card("open-search", context.text("home.search"), context.text("home.search.detail"),
                        () -> context.actions().open(new Place.Search())))));
        column.block(Blocks.heading(context.text("home.tiles") + " · " + page.regionName()));
        if (page.tiles().isEmpty()) {
            column.block(Blocks.banner("no-tiles", context.text("home.noTiles"), false));
        } else {
            List<JComponent> tiles = new ArrayList<>();
            for (HomePage.ServiceTile tile : page.tiles()) {
                // A tile of an item this kiosk does starts it; any other opens the guide page, which says where to go.
                Place opens = tile.doneHere() ? new Place.SelfServiceChoice(tile.itemId()) : new Place.Item(tile.itemId());
                tiles.add(Cards.card("tile-" + tile.itemId(), tile.title(),
                        context.text(tile.doneHere() ? "home.tile.here" : "home.tile.notHere"),
                        () -> context.actions().open(opens)));
            }
            column.block(Cards.grid(context.portrait() ? 2 : 3, tiles));
        }
        return new TouchScrollPane(column);
    }
}
