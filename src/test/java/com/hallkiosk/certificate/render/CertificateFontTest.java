package com.hallkiosk.certificate.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CertificateFontTest {
    private static CertificateFont font;

    @BeforeAll
    static void load() {
        font = CertificateFont.load();
    }

    /** The rare name characters: Noto Sans SC has the first three, not 𠀀 (CJK Extension B). */
    @Test
    void knowsWhichRareNameCharactersItHas() {
        assertThat(font.canDraw("堃".codePointAt(0))).isTrue();
        assertThat(font.canDraw("喆".codePointAt(0))).isTrue();
        assertThat(font.canDraw("䶮".codePointAt(0))).isTrue();
        assertThat(font.canDraw("𠀀".codePointAt(0))).isFalse();
        assertThat(font.canDraw(CertificateFont.FALLBACK)).isTrue();
    }

    @Test
    void measuresAMissingCharacterAsTheFallbackMark() {
        assertThat(font.width("堃", 10)).isEqualTo(10f);
        assertThat(font.width("𠀀", 10)).isEqualTo(font.width("〓", 10));
        assertThat(font.width("1", 10)).isGreaterThan(0).isLessThan(font.width("堃", 10));
    }

    @Test
    void leavingTablesOutOfTheDirectoryKeepsTheOthersWhereTheyWere() {
        byte[] font = fontWith("cmap", "GSUB", "glyf");
        byte[] without = CertificateFont.withoutTables(font, Set.of("GSUB"));
        assertThat(tags(without)).containsExactly("cmap", "glyf");
        assertThat(ByteBuffer.wrap(without).getInt(12 + 16 + 8)).isEqualTo(ByteBuffer.wrap(font).getInt(12 + 32 + 8));
        assertThat(ByteBuffer.wrap(without).getShort(6)).isEqualTo((short) 32);
    }

    private static byte[] fontWith(String... tags) {
        ByteBuffer font = ByteBuffer.allocate(12 + 16 * tags.length);
        font.putInt(0x00010000).putShort((short) tags.length).putShort((short) 0).putShort((short) 0).putShort((short) 0);
        for (int i = 0; i < tags.length; i++) {
            font.put(tags[i].getBytes(StandardCharsets.US_ASCII)).putInt(0).putInt(1000 + 100 * i).putInt(10);
        }
        return font.array();
    }

    private static List<String> tags(byte[] font) {
        int count = ByteBuffer.wrap(font).getShort(4);
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tags.add(new String(font, 12 + 16 * i, 4, StandardCharsets.US_ASCII));
        }
        return tags;
    }
}
