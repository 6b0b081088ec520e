package com.hallkiosk.device.receipt;

import java.util.List;

/** A receipt as a small document: lines to print, then feed and cut. Drivers render it to bytes. */
public record Receipt(List<Line> lines) {
    public Receipt {
        lines = List.copyOf(lines);
    }

    /** One line of a receipt. */
    public sealed interface Line {
    }

    /** Text, wrapped to the paper's width. */
    public record Text(String text, Align align, boolean bold, boolean large) implements Line {
    }

    /** A dashed rule across the paper. */
    public record Divider() implements Line {
    }

    /** Blank lines. */
    public record Feed(int lines) implements Line {
    }

    /** Where text sits on the paper. */
    public enum Align {
        LEFT, CENTER
    }

    public static Text text(String text) {
        return new Text(text, Align.LEFT, false, false);
    }

    public static Text heading(String text) {
        return new Text(text, Align.CENTER, true, true);
    }
}
