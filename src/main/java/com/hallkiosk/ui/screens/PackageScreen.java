package com.hallkiosk.ui.screens;

import com.hallkiosk.catalog.model.PackageMaterial;
import com.hallkiosk.catalog.model.ServicePackage;
import com.hallkiosk.guide.PackagePage;
import com.hallkiosk.ui.widgets.Blocks;
import com.hallkiosk.ui.widgets.ColumnPanel;
import com.hallkiosk.ui.widgets.TouchScrollPane;
import java.util.List;
import javax.swing.JComponent;

/** A service package (打包办): who it serves, where, what it includes, what to bring, the steps. */
public record PackageScreen(PackagePage page, ScreenContext context) implements Screen {

    @Override
    public String title() {
        return page.servicePackage().name();
    }

    @Override
    public String instruction() {
        return context.text("package.instruction");
    }

    @Override
    public JComponent body() {
        ServicePackage p = page.servicePackage();
        ColumnPanel column = new ColumnPanel();
        if (p.scope() != null) {
            column.block(Blocks.text(p.scope()));
        }
        section(column, "package.audience", p.audience() == null ? List.of() : List.of(p.audience()));
        section(column, "package.location", p.location() == null ? List.of() : List.of(p.location()));
        section(column, "package.subItems", p.subItems());
        section(column, "package.materials", p.materials().stream().map(PackageScreen::material).toList());
        section(column, "package.procedure", p.procedure());
        p.notes().forEach(note -> column.block(Blocks.text(note)));
        column.block(Blocks.small(context.text("item.reference", p.sourceRef().document(), p.number())));
        return new TouchScrollPane(column);
    }

    private void section(ColumnPanel column, String headingKey, List<String> lines) {
        Blocks.section(column, context.text(headingKey), lines.size() > 1
                ? java.util.stream.IntStream.range(0, lines.size()).mapToObj(i -> (i + 1) + ". " + lines.get(i)).toList()
                : lines);
    }

    private static String material(PackageMaterial material) {
        return material.subItem() == null ? material.name() : "【" + material.subItem() + "】" + material.name();
    }
}
