package com.hallkiosk.device.receipt;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Text as a printer model sets it: each character as its GB18030 code when the model's font has it;
 * otherwise its equivalent at another code (¥ as ￥), a picture of it drawn with the kiosk's font, or
 * 〓 when that font lacks it too; then broken into rows that fit the paper.
 */
final class PrinterText {
    private static final Charset GB18030 = Charset.forName("GB18030");
    /** Signs whose GB18030 code is 4 bytes but that GB2312 has at full width: the same sign, printable everywhere. */
    private static final Map<Integer, Integer> EQUIVALENTS = Map.of(0xA5, 0xFFE5);
    /** Closing signs that Chinese typesetting keeps off the start of a row (避头点). */
    private static final String NO_ROW_START = "，。、；：？！）》」』】〕’”…";

    /** One character as it goes to the printer: {@code code} in the printer's font, or null to be drawn. */
    record Glyph(int codePoint, byte[] code, int columns, CharacterFallback fallback) {
        boolean drawn() {
            return code == null;
        }
    }

    private final PrinterModel.Characters characters;
    private final IntPredicate drawable;

    /** {@code drawable} says whether the kiosk's font has a character, to draw it as a picture. */
    PrinterText(PrinterModel.Characters characters, IntPredicate drawable) {
        this.characters = characters;
        this.drawable = drawable;
    }

    List<Glyph> glyphs(String text) {
        List<Glyph> glyphs = new ArrayList<>();
        text.codePoints().map(c -> c == '\t' ? ' ' : c).forEach(codePoint -> glyphs.add(glyph(codePoint)));
        return glyphs;
    }

    private Glyph glyph(int codePoint) {
        if (characters.prints(codePoint)) {
            return printed(codePoint, null);
        }
        Integer equivalent = EQUIVALENTS.get(codePoint);
        if (equivalent != null && characters.prints(equivalent)) {
            return printed(equivalent, new CharacterFallback(codePoint, CharacterFallback.Kind.EQUIVALENT));
        }
        if (!Character.isISOControl(codePoint) && drawable.test(codePoint)) {
            return new Glyph(codePoint, null, GlyphCells.columns(codePoint),
                    new CharacterFallback(codePoint, CharacterFallback.Kind.RASTERISED));
        }
        return printed(CharacterFallback.REPLACEMENT, new CharacterFallback(codePoint, CharacterFallback.Kind.REPLACED));
    }

    private static Glyph printed(int codePoint, CharacterFallback fallback) {
        byte[] code = new String(Character.toChars(codePoint)).getBytes(GB18030);
        return new Glyph(codePoint, code, GlyphCells.columns(codePoint), fallback);
    }

    /**
     * Breaks {@code glyphs} into rows of at most {@code columns}: a closing sign that would start a row
     * takes the character before it along, and a run of ASCII (a word, a date, a number) is moved whole to the next row when a space
     * before it allows.
     */
    static List<List<Glyph>> rows(List<Glyph> glyphs, int columns) {
        List<List<Glyph>> rows = new ArrayList<>();
        List<Glyph> row = new ArrayList<>();
        int used = 0;
        for (Glyph glyph : glyphs) {
            if (used + glyph.columns() > columns && !row.isEmpty()) {
                List<Glyph> next = carriedOver(row, glyph);
                rows.add(row);
                row = next;
                used = next.stream().mapToInt(Glyph::columns).sum();
                if (row.isEmpty() && glyph.codePoint() == ' ') {
                    continue;
                }
            }
            row.add(glyph);
            used += glyph.columns();
        }
        rows.add(row);
        return rows;
    }

    /** What moves from the end of a full {@code row} to the next one, ahead of {@code coming}. */
    private static List<Glyph> carriedOver(List<Glyph> row, Glyph coming) {
        int from = row.size();
        if (wordCharacter(coming.codePoint())) {
            int start = row.size();
            while (start > 0 && wordCharacter(row.get(start - 1).codePoint())) {
                start--;
            }
            if (start > 0 && row.get(start - 1).codePoint() == ' ') {
                from = start;
            }
        } else if (NO_ROW_START.indexOf(coming.codePoint()) >= 0) {
            from = row.size() - 1;
        }
        if (from < 1) {
            return new ArrayList<>();
        }
        List<Glyph> tail = new ArrayList<>(row.subList(from, row.size()));
        row.subList(from, row.size()).clear();
        return tail;
    }

    /** Latin words, numbers, dates and addresses: printable ASCII but the space. */
    private static boolean wordCharacter(int codePoint) {
        return codePoint > ' ' && codePoint < 0x7F;
    }
}
