package com.hallkiosk.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.catalog.CuratedCatalogFixture;
import com.hallkiosk.catalog.export.CatalogJsonExport;
import com.hallkiosk.catalog.model.Catalog;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KioskFontsTest {
    private final KioskFonts fonts = KioskFonts.load();

    @Test
    void theShippedFontDrawsEveryCharacterOfTheCatalog() throws IOException {
        Catalog catalog = CuratedCatalogFixture.catalog();
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        new CatalogJsonExport().write(catalog.regions(), catalog.abbreviations(), json);
        Font font = fonts.sized(24f);
        Set<String> missing = new TreeSet<>();
        json.toString(StandardCharsets.UTF_8).codePoints()
                .filter(c -> c > 0x7F && !Character.isWhitespace(c) && !font.canDisplay(c))
                .forEach(c -> missing.add(new String(Character.toChars(c))));
        assertThat(missing).as("catalog characters the font cannot draw").isEmpty();
    }

    @Test
    void theCacheFollowsTheXdgBaseDirectories() {
        assertThat(ShippedFontFile.userCacheDirectory("/var/cache/kiosk", "/home/kiosk"))
                .isEqualTo(Path.of("/var/cache/kiosk/hall-kiosk/fonts"));
        assertThat(ShippedFontFile.userCacheDirectory(null, "/home/kiosk")).isEqualTo(Path.of("/home/kiosk/.cache/hall-kiosk/fonts"));
        assertThat(ShippedFontFile.userCacheDirectory("relative", "/home/kiosk"))
                .as("a relative XDG_CACHE_HOME is to be ignored").isEqualTo(Path.of("/home/kiosk/.cache/hall-kiosk/fonts"));
    }

    @Test
    void aCachedCopyIsMadeOnceAndUsedAfterwards(@TempDir Path cache) throws IOException {
        KioskFonts first = KioskFonts.load(cache);
        Path copy = cache.resolve("NotoSansSC-Regular.ttf");
        FileTime made = Files.getLastModifiedTime(copy);
        KioskFonts second = KioskFonts.load(cache);
        assertThat(Files.getLastModifiedTime(copy)).isEqualTo(made);
        assertThat(second.family()).isEqualTo(first.family());
        Files.write(copy, new byte[] {1, 2, 3});
        assertThat(KioskFonts.load(cache).family()).as("a damaged copy is made again").isEqualTo("Noto Sans SC");
    }

    @Test
    void itIsRegisteredUnderItsFamilyName() {
        assertThat(fonts.family()).isEqualTo("Noto Sans SC");
        assertThat(new Font(fonts.family(), Font.PLAIN, 20).canDisplayUpTo("社会保障卡挂失与解挂")).isEqualTo(-1);
    }
}
