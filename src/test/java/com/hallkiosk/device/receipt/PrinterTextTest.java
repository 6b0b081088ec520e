package com.hallkiosk.device.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.device.receipt.PrinterModel.Characters;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Which characters each printer font has, what stands in for the others, and how text breaks into rows. */
class PrinterTextTest {
    @Test
    void eachFontHasItsSet() {
        assertThat(Characters.GB2312.prints('中')).isTrue();
        assertThat(Characters.GB2312.prints('·')).as("A1A4, though Java's GB2312 maps it elsewhere").isTrue();
        assertThat(Characters.GB2312.prints('—')).as("A1AA").isTrue();
        assertThat(Characters.GB2312.prints('镕')).as("GBK E946, a name character outside GB2312").isFalse();
        assertThat(Characters.GBK.prints('镕')).isTrue();
        assertThat(Characters.GBK.prints(0x4DAE)).as("䶮 is 2 bytes in GB18030 (FE9F), but not GBK's").isFalse();
        assertThat(Characters.GB18030.prints(0x4DAE)).isTrue();
        assertThat(Characters.GBK.prints(0x20000)).as("𠀀 is 4 bytes").isFalse();
        assertThat(Characters.GB18030.prints(0x20000)).isTrue();
        assertThat(Characters.GBK.prints(0xA5)).as("¥ is 4 bytes (81 30 84 36)").isFalse();
        for (Characters characters : Characters.values()) {
            assertThat(characters.prints('A')).isTrue();
            assertThat(characters.prints(0x1B)).as("ESC is no character").isFalse();
            assertThat(characters.prints(0xD800)).as("a lone surrogate").isFalse();
        }
    }

    @Test
    void whatTheFontLacksIsItsTwinDrawnOrReplaced() {
        PrinterText text = new PrinterText(Characters.GB2312, codePoint -> codePoint != 0x20000);
        List<PrinterText.Glyph> glyphs = text.glyphs("¥镕𠀀\u0007");
        assertThat(glyphs).extracting(PrinterText.Glyph::fallback).extracting(CharacterFallback::kind).containsExactly(
                CharacterFallback.Kind.EQUIVALENT, CharacterFallback.Kind.RASTERISED, CharacterFallback.Kind.REPLACED,
                CharacterFallback.Kind.REPLACED);
        assertThat(glyphs.get(0).code()).containsExactly(0xA3, 0xA4);
        assertThat(glyphs.get(1).drawn()).isTrue();
        assertThat(glyphs.get(2).code()).containsExactly(0xA1, 0xFE);
    }

    @Test
    void rowsKeepClosingSignsOffTheirStartAndAsciiRunsWhole() {
        PrinterText text = new PrinterText(Characters.GBK, codePoint -> true);
        assertThat(rows(text, "一二三四五，六", 10)).containsExactly("一二三四", "五，六");
        assertThat(rows(text, "打印时间 2026-11-22 10:00:00", 24)).containsExactly("打印时间 2026-11-22 ", "10:00:00");
        assertThat(rows(text, "https://hallkiosk.example/verify", 10)).as("no space to break at: by characters")
                .containsExactly("https://ha", "llkiosk.ex", "ample/veri", "fy");
        assertThat(rows(text, "一二三四五 六", 10)).as("a space at a break is dropped").containsExactly("一二三四五", "六");
        assertThat(rows(text, "", 10)).containsExactly("");
    }

    private static List<String> rows(PrinterText text, String line, int columns) {
        return PrinterText.rows(text.glyphs(line), columns).stream()
                .map(row -> row.stream().map(g -> new String(Character.toChars(g.codePoint()))).collect(Collectors.joining()))
                .toList();
    }
}
