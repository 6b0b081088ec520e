package com.hallkiosk.certificate.render;

import com.hallkiosk.certificate.content.TemplateValues;
import com.hallkiosk.certificate.template.Placeholders;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fills template text with one certificate's values, and notes every character of a value that the
 * font cannot draw, with the field it is in. Template text itself is checked against the font when
 * the renderer starts.
 */
final class TextFiller {
    private final TemplateValues values;
    private final CertificateFont font;
    private final Set<UnrenderedCharacter> unrendered = new LinkedHashSet<>();

    TextFiller(TemplateValues values, CertificateFont font) {
        this.values = values;
        this.font = font;
    }

    String fill(String text) {
        return fill(text, Map.of(), null);
    }

    /** {@code text} filled from {@code row} of table {@code table}, then from the certificate's fields. */
    String fill(String text, Map<String, String> row, String table) {
        StringBuilder filled = new StringBuilder();
        for (Placeholders.Piece piece : Placeholders.resolve(text, name -> row.containsKey(name) ? row.get(name)
                : values.fields().get(name))) {
            if (piece.field() != null) {
                note(piece.text(), row.containsKey(piece.field()) ? table + "." + piece.field() : piece.field());
            }
            filled.append(piece.text());
        }
        return filled.toString();
    }

    boolean holds(String condition) {
        return values.conditions().contains(condition);
    }

    List<Map<String, String>> rows(String table) {
        return values.tables().get(table);
    }

    List<UnrenderedCharacter> unrendered() {
        return List.copyOf(unrendered);
    }

    private void note(String value, String field) {
        value.codePoints().filter(c -> !font.canDraw(c)).forEach(c -> unrendered.add(new UnrenderedCharacter(c, field)));
    }
}
