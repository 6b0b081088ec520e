package com.hallkiosk.certificate.render;

import com.hallkiosk.fonts.ShippedFontFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The certificates' font: Noto Sans SC Regular, shipped in the jar (SIL OFL 1.1, which allows
 * embedding; see {@code fonts/README.md}). It is parsed once, ~10 MB, and every document embeds the
 * subset of the glyphs it uses. It answers which characters it can draw and how wide text is.
 */
final class CertificateFont {
    /**
     * OpenType layout tables left out when parsing: a PDF places glyphs itself, and with a GSUB table
     * PDFBox runs Latin shaping over every string it shows (~10 ms at parse, more per page). The
     * certificates are set horizontally, so the vertical metrics go too.
     */
    private static final Set<String> LAYOUT_TABLES = Set.of("GSUB", "GPOS", "GDEF", "BASE", "JSTF", "vhea", "vmtx");
    /** 〓 (GETA MARK), the typesetters' mark for a character there is no type for. */
    static final int FALLBACK = 0x3013;
    private static final int TABLE_DIRECTORY = 12;
    private static final int TABLE_RECORD = 16;
    private static final int CMAP_HEADER = 4;
    private static final int CMAP_RECORD = 8;
    private static final int FULL_UNICODE = 12;
    private static final int VARIATION_SEQUENCES = 14;

    private final TrueTypeFont font;
    private final CmapLookup cmap;
    private final float unitsPerEm;

    private CertificateFont(TrueTypeFont font) throws IOException {
        this.font = font;
        this.cmap = font.getUnicodeCmapLookup();
        this.unitsPerEm = font.getUnitsPerEm();
        if (!canDraw(FALLBACK)) {
            throw new IllegalStateException("the certificate font has no 〓 (U+3013) to draw missing characters with");
        }
    }

    /** The shipped font, read from the user's cached copy when there is one (no 10 MB inflated out of the jar). */
    static CertificateFont load() {
        try {
            return parse(ShippedFontFile.bytes());
        } catch (IOException e) {
            throw new UncheckedIOException("the shipped font cannot be parsed", e);
        }
    }

    static CertificateFont parse(byte[] trueType) throws IOException {
        byte[] font = withoutTables(trueType, LAYOUT_TABLES);
        withOneCharacterMap(font);
        return new CertificateFont(new TTFParser().parse(new RandomAccessReadBuffer(font)));
    }

    /**
     * The font with {@code tags} dropped from its table directory: the directory shrinks, the tables stay
     * where they are, so every offset and checksum still holds.
     */
    static byte[] withoutTables(byte[] trueType, Set<String> tags) {
        ByteBuffer in = ByteBuffer.wrap(trueType);
        int tables = in.getShort(4) & 0xFFFF;
        List<byte[]> kept = new ArrayList<>();
        for (int i = 0; i < tables; i++) {
            int at = TABLE_DIRECTORY + i * TABLE_RECORD;
            String tag = new String(trueType, at, 4, StandardCharsets.US_ASCII);
            if (!tags.contains(tag)) {
                byte[] record = new byte[TABLE_RECORD];
                System.arraycopy(trueType, at, record, 0, TABLE_RECORD);
                kept.add(record);
            }
        }
        byte[] font = trueType.clone();
        ByteBuffer out = ByteBuffer.wrap(font);
        out.putShort(4, (short) kept.size());
        // searchRange, entrySelector and rangeShift describe the directory's size for binary search.
        int power = Integer.highestOneBit(Math.max(1, kept.size()));
        out.putShort(6, (short) (power * TABLE_RECORD));
        out.putShort(8, (short) Integer.numberOfTrailingZeros(power));
        out.putShort(10, (short) ((kept.size() - power) * TABLE_RECORD));
        for (int i = 0; i < kept.size(); i++) {
            out.put(TABLE_DIRECTORY + i * TABLE_RECORD, kept.get(i));
        }
        return font;
    }

    /**
     * Leaves one subtable in the cmap's list, in place: the first full-Unicode one (format 12), which
     * PDFBox would choose anyway. Noto Sans SC lists its two character maps twice (under the Unicode and
     * the Windows platform), and PDFBox parses every listed one, 30 000 characters each time, on every
     * start; it also lists Unicode Variation Sequences (format 14), which PDFBox cannot read and warns
     * about. A font without a format 12 table keeps every table but format 14.
     */
    static void withOneCharacterMap(byte[] font) {
        ByteBuffer bytes = ByteBuffer.wrap(font);
        int cmap = tableOffset(bytes, "cmap");
        int subtables = bytes.getShort(cmap + 2) & 0xFFFF;
        boolean hasFullUnicode = false;
        for (int i = 0; i < subtables; i++) {
            hasFullUnicode |= format(bytes, cmap, i) == FULL_UNICODE;
        }
        int kept = 0;
        for (int i = 0; i < subtables; i++) {
            int format = format(bytes, cmap, i);
            boolean keep = hasFullUnicode ? format == FULL_UNICODE && kept == 0 : format != VARIATION_SEQUENCES;
            if (keep) {
                System.arraycopy(font, cmap + CMAP_HEADER + i * CMAP_RECORD, font, cmap + CMAP_HEADER + kept * CMAP_RECORD,
                        CMAP_RECORD);
                kept++;
            }
        }
        bytes.putShort(cmap + 2, (short) kept);
    }

    private static int format(ByteBuffer font, int cmap, int subtable) {
        return font.getShort(cmap + font.getInt(cmap + CMAP_HEADER + subtable * CMAP_RECORD + 4)) & 0xFFFF;
    }

    private static int tableOffset(ByteBuffer font, String tag) {
        int tables = font.getShort(4) & 0xFFFF;
        for (int i = 0; i < tables; i++) {
            int at = TABLE_DIRECTORY + i * TABLE_RECORD;
            byte[] name = new byte[4];
            font.get(at, name);
            if (new String(name, StandardCharsets.US_ASCII).equals(tag)) {
                return font.getInt(at + 8);
            }
        }
        throw new IllegalArgumentException("the font has no " + tag + " table");
    }

    /** The font for one document: a subset of the glyphs used, or (for the benchmark's baseline) all of it. */
    PDType0Font embed(PDDocument document, boolean subset) throws IOException {
        return PDType0Font.load(document, font, subset);
    }

    boolean canDraw(int codePoint) {
        return cmap.getGlyphId(codePoint) != 0;
    }

    /** The width of {@code text} at {@code size} points, a character the font lacks counted as 〓. */
    float width(String text, float size) {
        int units = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            units += advance(codePoint);
            i += Character.charCount(codePoint);
        }
        return units * size / unitsPerEm;
    }

    float width(int codePoint, float size) {
        return advance(codePoint) * size / unitsPerEm;
    }

    private int advance(int codePoint) {
        int glyph = cmap.getGlyphId(codePoint);
        try {
            return font.getAdvanceWidth(glyph != 0 ? glyph : cmap.getGlyphId(FALLBACK));
        } catch (IOException e) {
            throw new UncheckedIOException("the certificate font's metrics cannot be read", e);
        }
    }
}
