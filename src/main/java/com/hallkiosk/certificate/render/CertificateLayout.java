package com.hallkiosk.certificate.render;

import com.hallkiosk.certificate.template.Align;
import com.hallkiosk.certificate.template.Block;
import com.hallkiosk.certificate.template.PageFrame;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lays out a template's blocks down the pages: the title, bordered field grids, headings, tables whose
 * header repeats on every page they run onto, wrapped paragraphs, and the closing block at the foot of
 * the last page. Every block kind is drawn here, the same way for every certificate; what a certificate
 * shows, and in which order, is in its template.
 */
final class CertificateLayout {
    private static final float CELL_PADDING_X = 4;
    private static final float CELL_PADDING_Y = 2;
    private static final float RULE = 0.6f;
    private static final float HEADER_SHADE = 0.9f;
    private static final float LABEL_SHADE = 0.95f;
    /** A label's share of its label-and-value pair. */
    private static final float LABEL_SHARE = 0.38f;
    private static final float BLOCK_GAP = 8;
    /** Room above the closing block, where the seal's upper part lands. */
    private static final float CLOSING_GAP = 24;
    /** Clear space right of the QR code: more than its quiet zone of four modules at the sizes used. */
    private static final float QR_GAP = 14;
    private static final float POINTS_PER_MM = 72 / 25.4f;

    private final PageComposer page;
    private final TextFiller filler;
    private final LineBreaker breaker;
    private final PageFrame frame;

    CertificateLayout(PageComposer page, TextFiller filler, LineBreaker breaker, PageFrame frame) {
        this.page = page;
        this.filler = filler;
        this.breaker = breaker;
        this.frame = frame;
    }

    void title(String title) throws IOException {
        PageFrame.TextStyle style = page.style("title");
        page.line(filler.fill(title), page.left(), page.right(), page.top(), style, Align.CENTER);
        page.down((float) style.lineHeight() + BLOCK_GAP);
    }

    void block(Block block) throws IOException {
        if (block instanceof Block.Fields fields) {
            fields(fields);
        } else if (block instanceof Block.Heading heading) {
            heading(heading);
        } else if (block instanceof Block.Table table) {
            table(table);
        } else if (block instanceof Block.Paragraph paragraph) {
            paragraph(paragraph);
        }
    }

    private void heading(Block.Heading heading) throws IOException {
        PageFrame.TextStyle style = page.style("heading");
        float height = (float) style.lineHeight();
        // A heading stays with at least two lines of what it heads.
        if (!page.fits(height + 2 * (float) page.style("cell").lineHeight() + 4 * CELL_PADDING_Y)) {
            page.newPage();
        }
        page.line(filler.fill(heading.text()), page.left(), page.right(), page.top(), style, Align.LEFT);
        page.down(height);
    }

    private void paragraph(Block.Paragraph paragraph) throws IOException {
        if (paragraph.when() != null && !filler.holds(paragraph.when())) {
            return;
        }
        PageFrame.TextStyle style = page.style(paragraph.style());
        float size = (float) style.size();
        float indent = paragraph.indent() ? 2 * size : 0;
        List<String> lines = breaker.lines(filler.fill(paragraph.text()), page.width(), size, indent);
        for (int i = 0; i < lines.size(); i++) {
            if (!page.fits((float) style.lineHeight())) {
                page.newPage();
            }
            float from = page.left() + (i == 0 ? indent : 0);
            page.line(lines.get(i), from, page.right(), page.top(), style, Align.LEFT);
            page.down((float) style.lineHeight());
        }
        page.down(BLOCK_GAP / 2);
    }

    private void fields(Block.Fields block) throws IOException {
        float pairWidth = page.width() / block.pairs();
        float labelWidth = pairWidth * LABEL_SHARE;
        PageFrame.TextStyle labelStyle = page.style("label");
        PageFrame.TextStyle valueStyle = page.style("value");
        List<List<Block.Field>> rows = fieldRows(block);
        for (List<Block.Field> row : rows) {
            List<Cell> cells = new ArrayList<>();
            float x = page.left();
            for (int i = 0; i < row.size(); i++) {
                Block.Field field = row.get(i);
                boolean last = i == row.size() - 1;
                float valueWidth = last ? page.right() - x - labelWidth : pairWidth - labelWidth;
                cells.add(cell(x, labelWidth, filler.fill(field.label()), labelStyle, Align.CENTER, LABEL_SHADE));
                cells.add(cell(x + labelWidth, valueWidth, filler.fill(field.value()), valueStyle, Align.LEFT, 1));
                x += labelWidth + valueWidth;
            }
            float height = height(cells);
            if (!page.fits(height)) {
                page.newPage();
            }
            draw(cells, height);
        }
        page.down(BLOCK_GAP);
    }

    /** The fields in rows of {@code pairs}; a wide field has a row of its own. */
    private static List<List<Block.Field>> fieldRows(Block.Fields block) {
        List<List<Block.Field>> rows = new ArrayList<>();
        List<Block.Field> row = new ArrayList<>();
        for (Block.Field field : block.fields()) {
            if (field.wide() || row.size() == block.pairs()) {
                if (!row.isEmpty()) {
                    rows.add(row);
                }
                row = new ArrayList<>();
            }
            row.add(field);
            if (field.wide()) {
                rows.add(row);
                row = new ArrayList<>();
            }
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        return rows;
    }

    private void table(Block.Table table) throws IOException {
        float[] x = columnEdges(table);
        List<Map<String, String>> rows = filler.rows(table.rows());
        List<List<Cell>> body = new ArrayList<>();
        PageFrame.TextStyle style = page.style("cell");
        for (Map<String, String> row : rows) {
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < table.columns().size(); c++) {
                Block.Column column = table.columns().get(c);
                cells.add(cell(x[c], x[c + 1] - x[c], filler.fill(column.value(), row, table.rows()), style, column.align(), 1));
            }
            body.add(cells);
        }
        if (rows.isEmpty()) {
            body.add(List.of(cell(x[0], x[x.length - 1] - x[0], filler.fill(table.emptyText()), style, Align.CENTER, 1)));
        }
        float headerHeight = header(table, x, false);
        if (!page.fits(headerHeight + height(body.get(0)))) {
            page.newPage();
        }
        header(table, x, true);
        for (List<Cell> cells : body) {
            float height = height(cells);
            if (!page.fits(height)) {
                page.newPage();
                header(table, x, true);
            }
            draw(cells, height);
        }
        page.down(BLOCK_GAP);
    }

    /** The column edges, the relative widths spread over the page's width. */
    private float[] columnEdges(Block.Table table) {
        double total = table.columns().stream().mapToDouble(Block.Column::width).sum();
        float[] x = new float[table.columns().size() + 1];
        x[0] = page.left();
        double sum = 0;
        for (int c = 0; c < table.columns().size(); c++) {
            sum += table.columns().get(c).width();
            x[c + 1] = page.left() + (float) (page.width() * sum / total);
        }
        return x;
    }

    /**
     * The table's header, drawn when {@code draw} is set; its height either way. With groups it has two
     * lines: a group's header over its columns' headers, and the other columns' headers over both.
     */
    private float header(Block.Table table, float[] x, boolean draw) throws IOException {
        PageFrame.TextStyle style = page.style("cellHeader");
        List<Block.Group> groups = table.groups();
        List<Cell> top = new ArrayList<>();
        List<Cell> bottom = new ArrayList<>();
        List<Cell> spanning = new ArrayList<>();
        for (int c = 0; c < table.columns().size(); c++) {
            Block.Group group = groupOf(groups, c + 1);
            Cell cell = cell(x[c], x[c + 1] - x[c], filler.fill(table.columns().get(c).header()), style, Align.CENTER,
                    HEADER_SHADE);
            if (group == null) {
                spanning.add(cell);
            } else {
                bottom.add(cell);
                if (group.from() == c + 1) {
                    top.add(cell(x[c], x[group.to()] - x[c], filler.fill(group.header()), style, Align.CENTER, HEADER_SHADE));
                }
            }
        }
        float topHeight = height(top);
        float height = Math.max(height(spanning), topHeight + height(bottom));
        // Under a group's header, the column headers take the height it leaves.
        float bottomHeight = height - topHeight;
        if (draw) {
            float rowTop = page.top();
            drawAt(spanning, rowTop, height);
            drawAt(top, rowTop, topHeight);
            drawAt(bottom, rowTop - topHeight, bottomHeight);
            page.down(height);
        }
        return height;
    }

    private static Block.Group groupOf(List<Block.Group> groups, int column) {
        for (Block.Group group : groups) {
            if (column >= group.from() && column <= group.to()) {
                return group;
            }
        }
        return null;
    }

    /**
     * The closing block under the body, as a letter's signature follows its text: the QR code with its
     * caption, the issuance lines beside it, and the signature (issuing office, date) at the right under
     * the seal.
     */
    void closing(String verificationUrl, SealImage seal, double sealDiameterMm) throws IOException {
        PageFrame.Closing closing = frame.closing();
        float height = (float) closing.height();
        if (!page.fits(CLOSING_GAP + height)) {
            page.newPage();
        }
        page.down(CLOSING_GAP);
        float top = page.top();
        float qrSize = (float) closing.qrSize();
        QrCode.of(verificationUrl).draw(page.pen().stream(), page.left(), top, qrSize);
        PageFrame.TextStyle small = page.style("small");
        page.line(filler.fill(closing.qrCaption()), page.left(), page.left() + qrSize, top - qrSize - 2, small, Align.CENTER);

        PageFrame.TextStyle signatureStyle = page.style(closing.signatureStyle());
        List<String> signature = closing.signature().stream().map(filler::fill).toList();
        float signatureWidth = 0;
        for (String line : signature) {
            signatureWidth = Math.max(signatureWidth, page.width(line, signatureStyle));
        }
        float signatureHeight = signature.size() * (float) signatureStyle.lineHeight();
        float signatureTop = top - (qrSize - signatureHeight) / 2;
        float signatureLeft = page.right() - signatureWidth;
        for (String line : signature) {
            page.line(line, signatureLeft, page.right(), signatureTop, signatureStyle, Align.CENTER);
            signatureTop -= (float) signatureStyle.lineHeight();
        }

        PageFrame.TextStyle linesStyle = page.style(closing.linesStyle());
        float linesLeft = page.left() + qrSize + QR_GAP;
        float linesWidth = signatureLeft - QR_GAP - linesLeft;
        float lineTop = top;
        for (String text : closing.lines()) {
            for (String line : breaker.lines(filler.fill(text), linesWidth, (float) linesStyle.size(), 0)) {
                page.line(line, linesLeft, linesLeft + linesWidth, lineTop, linesStyle, Align.LEFT);
                lineTop -= (float) linesStyle.lineHeight();
            }
        }

        float diameter = (float) sealDiameterMm * POINTS_PER_MM;
        float centreX = signatureLeft + signatureWidth / 2;
        float centreY = top - qrSize / 2;
        seal.stamp(page.document(), page.pen().stream(), centreX - diameter / 2, centreY - diameter / 2, diameter);
        page.down(height);
    }

    private record Cell(float x, float width, List<String> lines, PageFrame.TextStyle style, Align align, float shade) {
    }

    private Cell cell(float x, float width, String text, PageFrame.TextStyle style, Align align, float shade) {
        return new Cell(x, width, breaker.lines(text, width - 2 * CELL_PADDING_X, (float) style.size(), 0), style, align,
                shade);
    }

    private static float height(List<Cell> cells) {
        float height = 0;
        for (Cell cell : cells) {
            height = Math.max(height, cell.lines().size() * (float) cell.style().lineHeight() + 2 * CELL_PADDING_Y);
        }
        return height;
    }

    private void draw(List<Cell> cells, float height) throws IOException {
        drawAt(cells, page.top(), height);
        page.down(height);
    }

    /** Cells of one row, {@code height} high from {@code top}: shades, borders, then the text centred vertically. */
    private void drawAt(List<Cell> cells, float top, float height) throws IOException {
        List<float[]> borders = new ArrayList<>();
        for (Cell cell : cells) {
            if (cell.shade() < 1) {
                page.pen().fillBox(cell.x(), top, cell.width(), height, cell.shade());
            }
            borders.add(new float[] {cell.x(), top, cell.width(), height});
        }
        if (!borders.isEmpty()) {
            page.pen().strokeBoxes(borders, RULE);
        }
        for (Cell cell : cells) {
            float lineHeight = (float) cell.style().lineHeight();
            float lineTop = top - (height - cell.lines().size() * lineHeight) / 2;
            for (String line : cell.lines()) {
                page.line(line, cell.x() + CELL_PADDING_X, cell.x() + cell.width() - CELL_PADDING_X, lineTop, cell.style(),
                        cell.align());
                lineTop -= lineHeight;
            }
        }
    }
}
