package com.hallkiosk.fonts;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.catalog.CuratedCatalogFixture;
import com.hallkiosk.catalog.export.CatalogJsonExport;
import com.hallkiosk.catalog.model.Catalog;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

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
    void itIsRegisteredUnderItsFamilyName() {
        assertThat(fonts.family()).isEqualTo("Noto Sans SC");
        assertThat(new Font(fonts.family(), Font.PLAIN, 20).canDisplayUpTo("社会保障卡挂失与解挂")).isEqualTo(-1);
    }
}
