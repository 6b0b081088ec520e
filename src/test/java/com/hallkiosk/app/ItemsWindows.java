package com.hallkiosk.app;

import com.hallkiosk.bench.ScratchDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The window tests' kiosks ({@link ItemsWindowKiosk}) for JUnit, registered as a static extension field: the demo
 * population is loaded once for the class (which is skipped without a display), each test launches the kiosk it
 * needs in a directory of its own, and that kiosk is closed after the test.
 */
final class ItemsWindows implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {
    private ScratchDirectory scratch;
    private ItemsWindowKiosk launched;
    private int launches;

    /** Launches this test's kiosk, against a central holding the demo population as loaded. */
    ItemsWindowKiosk launch(ItemsWindowKiosk.Setup setup) throws Exception {
        Path directory = Files.createDirectory(scratch.path().resolve("kiosk-" + ++launches));
        launched = ItemsWindowKiosk.launch(scratch.path(), directory, setup);
        return launched;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        scratch = ScratchDirectory.create("items-window");
        ItemsWindowKiosk.prepare(scratch.path());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ItemsWindowKiosk closing = launched;
        launched = null;
        if (closing != null) {
            closing.close();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (scratch != null) {
            scratch.close();
        }
    }
}
