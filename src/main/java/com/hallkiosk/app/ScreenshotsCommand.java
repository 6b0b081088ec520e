package com.hallkiosk.app;

import com.hallkiosk.catalog.curated.InvalidCatalogException;
import com.hallkiosk.catalog.model.Catalog;
import com.hallkiosk.catalog.model.Region;
import com.hallkiosk.config.InvalidConfigException;
import com.hallkiosk.config.KioskConfig;
import com.hallkiosk.shell.KioskShell;
import com.hallkiosk.shell.Place;
import com.hallkiosk.ui.KioskWindow;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import javax.swing.JRootPane;
import javax.swing.SwingUtilities;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code screenshots}: walks the real kiosk window through every screen, in both orientations and in
 * both the everyday mode and 长辈模式, and saves each as a PNG, so a reviewer sees the UI without
 * running it: the guide's screens, then every step of each self-service item the region offers, walked
 * with the demo cards on emulated readers, and the PIN change and reset as they would be if the region's catalog
 * published them ({@link ItemScreenshots}). Needs a display large enough for a portrait screen (see the README).
 */
@Command(name = "screenshots", mixinStandardHelpOptions = true,
        description = "Save a PNG of every kiosk screen, both orientations, both modes (under a display).")
final class ScreenshotsCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "DIR", defaultValue = "docs/screenshots",
            description = "Where to write the PNGs (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--config", paramLabel = "DIR", defaultValue = "kiosk-config",
            description = "The kiosk-config folder (default: ${DEFAULT-VALUE}).")
    Path configDirectory;

    @Option(names = "--drivers", paramLabel = "DIR", defaultValue = "drivers",
            description = "The drivers folder with the device models' profiles (default: ${DEFAULT-VALUE}).")
    Path driversDirectory;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/screenshots-work",
            description = "Where the demo population's database is made for the items (default: ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--a4-queue", paramLabel = "NAME",
            description = "The CUPS queue the certificates print on, e.g. a cups-pdf queue (default: the A4 printer of"
                    + " devices.properties; one that cannot print shows the steps that say so).")
    String a4Queue;

    @Option(names = "--region", paramLabel = "ID", defaultValue = "fushun",
            description = "The region to show; Fushun has categories and packages (default: ${DEFAULT-VALUE}).")
    String regionId;

    @Option(names = "--items-also-in", paramLabel = "ID", defaultValue = "shandong",
            description = "A region whose items --region does not offer are walked too, e.g. Shandong's benefit"
                    + " applications (default: ${DEFAULT-VALUE}); the same region: none.")
    String otherRegionId;

    private final Wiring wiring;

    ScreenshotsCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws InvalidCatalogException, InvalidConfigException, InterruptedException, IOException,
            SQLException {
        if (GraphicsEnvironment.isHeadless()) {
            throw new UserError("screenshots need a display: run under xvfb-run (see the README)", ExitCodes.BAD_DATA);
        }
        Catalog catalog = wiring.curatedCatalog(null);
        Region region = Regions.one(catalog, regionId);
        Region other = Regions.one(catalog, otherRegionId);
        KioskConfig base = wiring.config(configDirectory, catalog);
        Files.createDirectories(out);
        ItemScreenshots items = ItemScreenshots.prepare(wiring, work, configDirectory, driversDirectory,
                Optional.ofNullable(a4Queue));
        int saved = 0;
        for (KioskConfig.Orientation orientation : KioskConfig.Orientation.values()) {
            for (boolean elder : new boolean[] {false, true}) {
                KioskConfig config = new KioskConfig(base.kioskId(), region.id(), hallName(base, region),
                        base.dataDirectory(), orientation, base.zone(), base.idlePolicy());
                Set<String> walked = new HashSet<>();
                saved += walk(config, catalog, region, elder, items, walked);
                if (!other.id().equals(region.id())) {
                    saved += walkOthers(new KioskConfig(base.kioskId(), other.id(), hallName(base, other),
                            base.dataDirectory(), orientation, base.zone(), base.idlePolicy()), catalog, other, elder,
                            items, walked);
                }
            }
        }
        wiring.out().println("Saved " + saved + " screenshots in " + out.toAbsolutePath());
        return ExitCodes.OK;
    }

    /** The configured hall when it is in the region shown, else the region's first office. */
    private static String hallName(KioskConfig base, Region region) {
        if (region.id().equals(base.regionId()) || region.offices().isEmpty()) {
            return region.id().equals(base.regionId()) ? base.hallName() : region.name();
        }
        return region.offices().get(0).name();
    }

    private static String prefix(KioskConfig config, boolean elder) {
        return config.orientation().name().toLowerCase(Locale.ROOT) + "-" + (elder ? "elder" : "standard");
    }

    /** The items of {@code region} that are not in {@code walked}, on a kiosk of that region. */
    private int walkOthers(KioskConfig config, Catalog catalog, Region region, boolean elder, ItemScreenshots items,
                           Set<String> walked) throws InterruptedException, IOException, InvalidConfigException {
        String prefix = prefix(config, elder);
        try (KioskLauncher.RunningKiosk kiosk = new KioskLauncher(wiring).launch(config, catalog,
                KioskWindow.Mode.WINDOWED, () -> { });
             ItemScreenshots.Offered offered = items.offer(kiosk, prefix + "-" + region.id(), catalog, region)) {
            kiosk.settle();
            kiosk.shell().touched();
            kiosk.shell().setElderMode(elder);
            return offered.walkOthers(walked, region.id(), prefix, name -> shot(kiosk, name));
        }
    }

    private int walk(KioskConfig config, Catalog catalog, Region region, boolean elder, ItemScreenshots items,
                     Set<String> walked) throws InterruptedException, IOException, InvalidConfigException {
        String prefix = prefix(config, elder);
        try (KioskLauncher.RunningKiosk kiosk = new KioskLauncher(wiring).launch(config, catalog,
                KioskWindow.Mode.WINDOWED, () -> { });
             ItemScreenshots.Offered offered = items.offer(kiosk, prefix, catalog, region)) {
            walked.addAll(offered.itemIds());
            KioskShell shell = kiosk.shell();
            kiosk.settle();
            Runnable visit = () -> {
                shell.touched();
                shell.setElderMode(elder);
            };
            visit.run();
            int count = 0;
            count += shot(kiosk, prefix + "-01-home");
            shell.open(new Place.GuideIndex());
            count += shot(kiosk, prefix + "-02-guide");
            if (!region.categories().isEmpty()) {
                shell.open(new Place.Category(region.categories().get(5 % region.categories().size()).number()));
                count += shot(kiosk, prefix + "-03-category");
            }
            String itemId = region.items().stream().filter(item -> item.selfService().allowed()).map(item -> item.id())
                    .reduce((first, second) -> second).orElse(region.items().get(0).id());
            shell.open(new Place.Item(itemId));
            count += shot(kiosk, prefix + "-04-item");
            shell.printChecklist(itemId);
            Thread.sleep(500);
            count += shot(kiosk, prefix + "-05-checklist");
            if (!region.packages().isEmpty()) {
                shell.open(new Place.Package(region.packages().get(region.packages().size() - 1).id()));
                count += shot(kiosk, prefix + "-06-package");
            }
            shell.open(new Place.Search());
            for (char key : "sbk".toCharArray()) {
                shell.type(key);
            }
            count += shot(kiosk, prefix + "-07-search");
            shell.home();
            count += offered.walk(prefix, name -> shot(kiosk, name));
            kiosk.view().asking(Duration.ofSeconds(12));
            count += shot(kiosk, prefix + "-08-idle-question");
            count += offered.walkIfPublished(prefix, name -> shot(kiosk, name), visit);
            return count;
        }
    }

    private int shot(KioskLauncher.RunningKiosk kiosk, String name) throws InterruptedException, IOException {
        kiosk.settle();
        BufferedImage[] image = new BufferedImage[1];
        try {
            SwingUtilities.invokeAndWait(() -> {
                JRootPane root = kiosk.window().frame().getRootPane();
                image[0] = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
                Graphics2D g = image[0].createGraphics();
                root.paint(g);
                g.dispose();
            });
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("painting " + name + " failed", e.getCause());
        }
        ImageIO.write(image[0], "png", out.resolve(name + ".png").toFile());
        return 1;
    }
}
