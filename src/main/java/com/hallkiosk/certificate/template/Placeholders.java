package com.hallkiosk.certificate.template;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** {@code {name}} in template text: found, checked and filled. Braces do not nest and cannot be escaped. */
public final class Placeholders {
    private Placeholders() {
    }

    /** A run of resolved text: literal template text ({@code field} null) or the value of {@code field}. */
    public record Piece(String text, String field) {
    }

    /** The names {@code text} refers to, in order; fails on an unclosed or empty brace. */
    public static Set<String> names(String text) {
        Set<String> names = new LinkedHashSet<>();
        for (Piece piece : split(text)) {
            if (piece.field() != null) {
                names.add(piece.field());
            }
        }
        return names;
    }

    /** {@code text} without its placeholders: what the template itself puts on the page. */
    public static String literal(String text) {
        StringBuilder literal = new StringBuilder();
        for (Piece piece : split(text)) {
            if (piece.field() == null) {
                literal.append(piece.text());
            }
        }
        return literal.toString();
    }

    /** The pieces of {@code text} with each placeholder replaced by {@code values.apply(name)}. */
    public static List<Piece> resolve(String text, Function<String, String> values) {
        List<Piece> pieces = new ArrayList<>();
        for (Piece piece : split(text)) {
            pieces.add(piece.field() == null ? piece : new Piece(values.apply(piece.field()), piece.field()));
        }
        return pieces;
    }

    /** Literal pieces, and placeholder pieces whose text is still the name. */
    private static List<Piece> split(String text) {
        List<Piece> pieces = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int open = text.indexOf('{', start);
            int close = text.indexOf('}', start);
            if (open < 0) {
                if (close >= 0) {
                    throw new IllegalArgumentException("a } without { in \"" + text + "\"");
                }
                pieces.add(new Piece(text.substring(start), null));
                break;
            }
            if (close >= 0 && close < open) {
                throw new IllegalArgumentException("a } without { in \"" + text + "\"");
            }
            if (open > start) {
                pieces.add(new Piece(text.substring(start, open), null));
            }
            int end = text.indexOf('}', open);
            if (end < 0) {
                throw new IllegalArgumentException("a { without } in \"" + text + "\"");
            }
            String name = text.substring(open + 1, end);
            if (name.isBlank() || name.indexOf('{') >= 0) {
                throw new IllegalArgumentException("\"{" + name + "}\" is not a placeholder in \"" + text + "\"");
            }
            pieces.add(new Piece(name, name));
            start = end + 1;
        }
        return pieces;
    }
}
