package com.hallkiosk.certificate.template;

import java.util.List;

/**
 * One part of a certificate's body, in the order the template lists them. Text may hold placeholders,
 * {@code {name}}, filled from the certificate's data.
 */
public sealed interface Block {
    /** A bordered grid of label and value cells, {@code pairs} pairs to a row. */
    record Fields(int pairs, List<Field> fields) implements Block {
        public Fields {
            fields = List.copyOf(fields);
        }
    }

    /** One label and its value; {@code wide} takes a whole row. */
    record Field(String label, String value, boolean wide) {
    }

    /** A section heading. */
    record Heading(String text) implements Block {
    }

    /**
     * A table with a row for each row of the data's table {@code rows}; its header is repeated on every
     * page the table runs onto. {@code groups} put a second header line over runs of columns.
     */
    record Table(String rows, List<Column> columns, List<Group> groups, String emptyText) implements Block {
        public Table {
            columns = List.copyOf(columns);
            groups = List.copyOf(groups);
        }
    }

    /** One column: header, relative width, the value of each cell (placeholders from the row) and alignment. */
    record Column(String header, double width, String value, Align align) {
    }

    /** A header over columns {@code from} to {@code to} (1-based, inclusive). */
    record Group(String header, int from, int to) {
    }

    /** Wrapped text in a style; with {@code when} (else null), shown only when that condition of the data holds. */
    record Paragraph(String text, String style, boolean indent, String when) implements Block {
    }
}
