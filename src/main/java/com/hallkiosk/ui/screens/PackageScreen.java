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
public final class PackageScreen implements Screen {
    private final PackagePage page;
    private final ScreenContext context;

    public PackageScreen(PackagePage page, ScreenContext context) {
        this.page = page;
        this.context = context;
    }

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
        if (lines.isEmpty()) {
            return;
        }
        column.block(Blocks.heading(context.text(headingKey)));
        for (int i = 0; i < lines.size(); i++) {
            column.block(Blocks.text(lines.size() > 1 ? (i + 1) + ". " + lines.get(i) : lines.get(i)));
        }
    }

    private static String material(PackageMaterial material) {
        return material.subItem() == null ? material.name() : "【" + material.subItem() + "】" + material.name();
    }
}
