package com.hallkiosk.certificate.template;

import com.hallkiosk.certificate.CertificateType;
import com.hallkiosk.certificate.Issuance;
import com.hallkiosk.certificate.content.CertificateContent;
import com.hallkiosk.certificate.content.ValueSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads {@code page.json} and a template per certificate type (from the jar's {@code certificates/}, or
 * from a folder while they are being edited) and checks them before anything is drawn: every field a
 * template names must be one the certificate's data gives, every style one the frame defines, every
 * width positive, no field misspelt. A mistake fails with the file, the line and the place in it.
 */
public final class TemplateLoader {
    public static final String FRAME_FILE = "page.json";
    private static final String RESOURCE_FOLDER = "/certificates/";
    /** The names only the page footer may use. */
    private static final Set<String> PAGE_NUMBERS = Set.of("page", "pages");
    private static final int MAX_PAIRS = 3;

    private final Path directory;

    private TemplateLoader(Path directory) {
        this.directory = directory;
    }

    /** The templates shipped in the jar. */
    public static TemplateLoader shipped() {
        return new TemplateLoader(null);
    }

    /** The templates in {@code directory} ({@code page.json} and {@code <type>.json}). */
    public static TemplateLoader from(Path directory) {
        return new TemplateLoader(directory);
    }

    public Templates load() {
        PageFrame frame = frame(read(FRAME_FILE));
        Map<CertificateType, CertificateTemplate> templates = new EnumMap<>(CertificateType.class);
        for (CertificateType type : CertificateType.values()) {
            templates.put(type, new TemplateReader(frame, type).template(read(type.id() + ".json")));
        }
        return new Templates(frame, templates);
    }

    private JsonNode read(String file) {
        String name = directory == null ? "certificates/" + file + " (in the jar)" : directory.resolve(file).toString();
        try (InputStream in = open(file)) {
            return JsonNode.read(in, name);
        } catch (IOException e) {
            throw new InvalidTemplateException(name + " cannot be read: " + e.getMessage(), e);
        }
    }

    private InputStream open(String file) throws IOException {
        if (directory != null) {
            return Files.newInputStream(directory.resolve(file));
        }
        InputStream in = TemplateLoader.class.getResourceAsStream(RESOURCE_FOLDER + file);
        if (in == null) {
            throw new NoSuchFileException(RESOURCE_FOLDER + file + " is missing from the jar");
        }
        return in;
    }

    private static PageFrame frame(JsonNode json) {
        json.object(Set.of("paper", "styles", "header", "footer", "closing"));
        JsonNode paperJson = json.get("paper").object(Set.of("width", "height", "marginTop", "marginBottom", "marginLeft",
                "marginRight"));
        PageFrame.Paper paper = new PageFrame.Paper(positive(paperJson, "width"), positive(paperJson, "height"),
                margin(paperJson, "marginTop"), margin(paperJson, "marginBottom"), margin(paperJson, "marginLeft"),
                margin(paperJson, "marginRight"));
        if (paper.marginLeft() + paper.marginRight() >= paper.width()
                || paper.marginTop() + paper.marginBottom() >= paper.height()) {
            throw paperJson.error("the margins leave no room on the paper");
        }
        Map<String, PageFrame.TextStyle> styles = new LinkedHashMap<>();
        json.get("styles").fields().forEach((name, style) -> styles.put(name, style(style)));
        for (String required : PageFrame.REQUIRED_STYLES) {
            if (!styles.containsKey(required)) {
                throw json.get("styles").error("the style \"" + required + "\" is missing");
            }
        }
        Set<String> withPages = new HashSet<>(Issuance.FIELDS);
        withPages.addAll(PAGE_NUMBERS);
        PageFrame.Line header = line(json.get("header"), styles, Issuance.FIELDS);
        PageFrame.Line footer = line(json.get("footer"), styles, withPages);
        JsonNode closingJson = json.get("closing").object(Set.of("height", "qrSize", "qrCaption", "lines", "linesStyle",
                "signature", "signatureStyle"));
        PageFrame.Closing closing = new PageFrame.Closing(positive(closingJson, "height"), positive(closingJson, "qrSize"),
                names(closingJson.get("qrCaption"), Issuance.FIELDS), texts(closingJson.get("lines"), Issuance.FIELDS),
                styleName(closingJson, "linesStyle", styles), texts(closingJson.get("signature"), Issuance.FIELDS),
                styleName(closingJson, "signatureStyle", styles));
        if (closing.qrSize() >= closing.height()) {
            throw closingJson.error("the QR code (qrSize) must be smaller than the block (height)");
        }
        return new PageFrame(paper, styles, header, footer, closing);
    }

    private static PageFrame.TextStyle style(JsonNode json) {
        json.object(Set.of("size", "lineHeight", "bold", "gray"));
        PageFrame.TextStyle style = new PageFrame.TextStyle(positive(json, "size"), positive(json, "lineHeight"),
                json.flag("bold"), json.get("gray").number());
        if (style.lineHeight() < style.size() || style.gray() < 0 || style.gray() > 1) {
            throw json.error("lineHeight must be at least the size, and gray from 0 (black) to 1 (white)");
        }
        return style;
    }

    private static PageFrame.Line line(JsonNode json, Map<String, PageFrame.TextStyle> styles, Set<String> known) {
        json.object(Set.of("text", "style", "align"));
        return new PageFrame.Line(names(json.get("text"), known), styleName(json, "style", styles), align(json.get("align")));
    }

    private static String styleName(JsonNode json, String field, Map<String, ?> styles) {
        String name = json.get(field).text();
        if (!styles.containsKey(name)) {
            throw json.get(field).error("\"" + name + "\" is not a style of page.json " + styles.keySet());
        }
        return name;
    }

    private static Align align(JsonNode json) {
        String align = json.text();
        try {
            return Align.valueOf(align.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw json.error("align is left, center or right, not \"" + align + "\"");
        }
    }

    private static double positive(JsonNode json, String field) {
        double value = json.get(field).number();
        if (!(value > 0)) {
            throw json.get(field).error("must be more than 0");
        }
        return value;
    }

    private static double margin(JsonNode json, String field) {
        double value = json.get(field).number();
        if (value < 0) {
            throw json.get(field).error("must not be negative");
        }
        return value;
    }

    private static List<String> texts(JsonNode json, Set<String> known) {
        List<String> texts = new ArrayList<>();
        for (JsonNode item : json.items()) {
            texts.add(names(item, known));
        }
        if (texts.isEmpty()) {
            throw json.error("must not be empty");
        }
        return List.copyOf(texts);
    }

    /** A text whose placeholders must all be among {@code known}. */
    static String names(JsonNode json, Set<String> known) {
        String text = json.text();
        Set<String> names;
        try {
            names = Placeholders.names(text);
        } catch (IllegalArgumentException e) {
            throw json.error(e.getMessage());
        }
        for (String name : names) {
            if (!known.contains(name)) {
                throw json.error("{" + name + "} is not a value here (the values are " + new TreeSet<>(known) + ")");
            }
        }
        return text;
    }

    /** Reads one certificate template against the frame and the data its type gives. */
    private record TemplateReader(PageFrame frame, CertificateType type) {
        CertificateTemplate template(JsonNode json) {
            json.object(Set.of("type", "title", "seeds", "design", "blocks"));
            String typeId = json.get("type").text();
            if (!typeId.equals(type.id())) {
                throw json.get("type").error("type is \"" + typeId + "\", but the file is for " + type.id());
            }
            ValueSchema schema = CertificateContent.schema(type).withFields(Issuance.FIELDS);
            List<CertificateTemplate.SeedPassage> seeds = new ArrayList<>();
            for (JsonNode seed : json.get("seeds").items()) {
                seed.object(Set.of("document", "item", "quote"));
                seeds.add(new CertificateTemplate.SeedPassage(nonBlank(seed, "document"), nonBlank(seed, "item"),
                        nonBlank(seed, "quote")));
            }
            if (seeds.isEmpty()) {
                throw json.get("seeds").error("quote the seed passages that let a kiosk print this certificate");
            }
            List<Block> blocks = new ArrayList<>();
            for (JsonNode block : json.get("blocks").items()) {
                blocks.add(block(block, schema));
            }
            if (blocks.isEmpty()) {
                throw json.get("blocks").error("must not be empty");
            }
            return new CertificateTemplate(type, nonBlank(json, "title"), List.copyOf(seeds), nonBlank(json, "design"),
                    List.copyOf(blocks));
        }

        private Block block(JsonNode json, ValueSchema schema) {
            String kind = json.get("kind").text();
            return switch (kind) {
                case "fields" -> fields(json.object(Set.of("kind", "pairs", "fields")), schema);
                case "heading" -> new Block.Heading(names(json.object(Set.of("kind", "text")).get("text"), schema.fields()));
                case "table" -> table(json.object(Set.of("kind", "rows", "columns", "groups", "emptyText")), schema);
                case "paragraph" -> paragraph(json.object(Set.of("kind", "text", "style", "indent", "when")), schema);
                default -> throw json.get("kind").error("kind is fields, heading, table or paragraph, not \"" + kind + "\"");
            };
        }

        private Block.Fields fields(JsonNode json, ValueSchema schema) {
            int pairs = json.get("pairs").integer();
            if (pairs < 1 || pairs > MAX_PAIRS) {
                throw json.get("pairs").error("pairs is 1 to " + MAX_PAIRS);
            }
            List<Block.Field> fields = new ArrayList<>();
            for (JsonNode field : json.get("fields").items()) {
                field.object(Set.of("label", "value", "wide"));
                fields.add(new Block.Field(names(field.get("label"), schema.fields()), names(field.get("value"), schema.fields()),
                        field.flag("wide")));
            }
            if (fields.isEmpty()) {
                throw json.get("fields").error("must not be empty");
            }
            return new Block.Fields(pairs, fields);
        }

        private Block.Table table(JsonNode json, ValueSchema schema) {
            String rows = json.get("rows").text();
            Set<String> columns = schema.tables().get(rows);
            if (columns == null) {
                throw json.get("rows").error("\"" + rows + "\" is not a table of the " + type.id() + " data "
                        + new TreeSet<>(schema.tables().keySet()));
            }
            Set<String> known = new HashSet<>(schema.fields());
            known.addAll(columns);
            List<Block.Column> list = new ArrayList<>();
            for (JsonNode column : json.get("columns").items()) {
                column.object(Set.of("header", "width", "value", "align"));
                list.add(new Block.Column(names(column.get("header"), schema.fields()), positive(column, "width"),
                        names(column.get("value"), known), align(column.get("align"))));
            }
            if (list.isEmpty()) {
                throw json.get("columns").error("must not be empty");
            }
            List<Block.Group> groups = new ArrayList<>();
            int last = 0;
            for (JsonNode group : json.has("groups") ? json.get("groups").items() : List.<JsonNode>of()) {
                group.object(Set.of("header", "from", "to"));
                Block.Group read = new Block.Group(names(group.get("header"), schema.fields()), group.get("from").integer(),
                        group.get("to").integer());
                if (read.from() <= last || read.to() < read.from() || read.to() > list.size()) {
                    throw group.error("groups cover columns 1 to " + list.size() + " in order, without overlap");
                }
                last = read.to();
                groups.add(read);
            }
            return new Block.Table(rows, list, groups, names(json.get("emptyText"), schema.fields()));
        }

        private Block.Paragraph paragraph(JsonNode json, ValueSchema schema) {
            String when = json.text("when", null);
            if (when != null && !schema.conditions().contains(when)) {
                throw json.get("when").error("\"" + when + "\" is not a condition of the " + type.id() + " data "
                        + new TreeSet<>(schema.conditions()));
            }
            return new Block.Paragraph(names(json.get("text"), schema.fields()), styleName(json, "style", frame.styles()),
                    json.flag("indent"), when);
        }

        private static String nonBlank(JsonNode json, String field) {
            String text = json.get(field).text();
            if (text.isBlank()) {
                throw json.get(field).error("must not be blank");
            }
            return text;
        }
    }
}
