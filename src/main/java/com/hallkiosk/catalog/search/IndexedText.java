package com.hallkiosk.catalog.search;

/**
 * Every field of an index as character units in one array, each field followed by a separator, so
 * that a posting is a single int and a match cannot run from one field into the next.
 */
final class IndexedText {
    static final int SEPARATOR = -1;

    private final int[] units;
    private final int[] fieldStarts;
    private final int[] fieldEntries;
    private final SearchField[] fields;
    private final int[][] charOffsets;

    IndexedText(int[] units, int[] fieldStarts, int[] fieldEntries, SearchField[] fields, int[][] charOffsets) {
        this.units = units;
        this.fieldStarts = fieldStarts;
        this.fieldEntries = fieldEntries;
        this.fields = fields;
        this.charOffsets = charOffsets;
    }

    int[] units() {
        return units;
    }

    int fieldCount() {
        return fields.length;
    }

    /**
     * The field the unit at {@code offset} belongs to, searching forward from {@code field}: posting
     * lists are in text order, so the next field is usually near. Gallops, then bisects the last step.
     */
    int fieldFrom(int field, int offset) {
        int low = field;
        int step = 1;
        while (low + step < fieldStarts.length && fieldStarts[low + step] <= offset) {
            low += step;
            step <<= 1;
        }
        int high = Math.min(low + step, fieldStarts.length);
        while (high - low > 1) {
            int middle = (low + high) >>> 1;
            if (fieldStarts[middle] <= offset) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return low;
    }

    int start(int field) {
        return fieldStarts[field];
    }

    /** The offset of the field's separator. */
    int end(int field) {
        return field + 1 < fieldStarts.length ? fieldStarts[field + 1] - 1 : units.length - 1;
    }

    int entry(int field) {
        return fieldEntries[field];
    }

    SearchField field(int field) {
        return fields[field];
    }

    /** The character offset in the field's text of the unit at {@code position} in the field. */
    int charOffset(int field, int position) {
        return charOffsets[field][position];
    }
}
