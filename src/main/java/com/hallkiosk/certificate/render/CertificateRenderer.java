package com.hallkiosk.certificate.render;

import com.hallkiosk.certificate.Certificate;
import com.hallkiosk.certificate.CertificateSettings;
import com.hallkiosk.certificate.template.Block;
import com.hallkiosk.certificate.template.CertificateTemplate;
import com.hallkiosk.certificate.template.InvalidTemplateException;
import com.hallkiosk.certificate.template.PageFrame;
import com.hallkiosk.certificate.template.Placeholders;
import com.hallkiosk.certificate.template.TemplateLoader;
import com.hallkiosk.certificate.template.Templates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders certificates as A4 PDF/A-2b documents, in memory. It loads the font, the templates, the seal
 * and the colour profile once; each {@link #render} then builds one document from them. One render runs
 * at a time (the kiosk prints one certificate at a time, and the parsed font is shared).
 */
public final class CertificateRenderer {
    /** Whether a document embeds the subset of the font it uses, or (the benchmark's baseline) all of it. */
    public enum FontEmbedding { SUBSET, FULL }

    private static final int EXPECTED_PDF_BYTES = 64 * 1024;
    /** Reading 10 MB of font takes a fraction of a second; a minute means the machine is stuck. */
    private static final long LOAD_TIMEOUT_S = 60;

    private final Templates templates;
    private final CertificateFont font;
    private final LineBreaker breaker;
    private final SealImage seal;
    private final double sealDiameterMm;
    private final PdfA pdfA;
    private final FontEmbedding embedding;

    private CertificateRenderer(Templates templates, CertificateFont font, SealImage seal, double sealDiameterMm,
                                FontEmbedding embedding) {
        checkTemplateText(templates, font);
        this.templates = templates;
        this.font = font;
        this.breaker = new LineBreaker(font);
        this.seal = seal;
        this.sealDiameterMm = sealDiameterMm;
        this.pdfA = PdfA.forTitles(templates.byType().values().stream().map(CertificateTemplate::title).toList());
        this.embedding = embedding;
    }

    /** The renderer for the templates in the jar, with the configured seal; fonts subset. */
    public static CertificateRenderer load(CertificateSettings settings) {
        return load(TemplateLoader.shipped(), settings.sealImage(), settings.sealDiameterMm(), FontEmbedding.SUBSET);
    }

    /**
     * Reads the font, the seal and the templates at the same time, each on a thread of its own: they are
     * most of a fresh JVM's first certificate, and a kiosk has two cores. The seal's thread then warms up
     * PDFBox's writing path while the font, the long part, is still being parsed.
     */
    public static CertificateRenderer load(TemplateLoader templateLoader, Path sealImage, double sealDiameterMm,
                                           FontEmbedding embedding) {
        ExecutorService loaders = Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "certificate-loader");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<CertificateFont> font = loaders.submit(CertificateFont::load);
            Future<SealImage> seal = loaders.submit(() -> {
                SealImage read = SealImage.read(sealImage);
                warmUp(read);
                return read;
            });
            Templates templates = templateLoader.load();
            return new CertificateRenderer(templates, result(font), result(seal), sealDiameterMm, embedding);
        } finally {
            loaders.shutdownNow();
        }
    }

    /**
     * Draws and saves a page with every kind of mark a certificate has but text (boxes, the seal, a QR
     * code, the PDF/A parts) and throws it away: on a fresh JVM this loads and links PDFBox's writing
     * path, ~0.1 s that would otherwise come on top of the first certificate.
     */
    private static void warmUp(SealImage seal) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                stream.addRect(10, 10, 10, 10);
                stream.stroke();
                QrCode.of("https://example.org/verify/warm-up").draw(stream, 20, 100, 60);
                seal.stamp(document, stream, 100, 100, 50);
            }
            PdfA.forTitles(List.of("warm-up")).apply(document, "warm-up");
            document.save(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a PDF in memory", e);
        }
    }

    private static <T> T result(Future<T> loading) {
        try {
            return loading.get(LOAD_TIMEOUT_S, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the certificate font or seal took over " + LOAD_TIMEOUT_S + " s to load", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the certificate font and seal", e);
        }
    }

    /** The certificate as a PDF/A-2b document; characters the font lacks are drawn as 〓 and listed. */
    public synchronized RenderedCertificate render(Certificate certificate) {
        CertificateTemplate template = templates.of(certificate.type());
        TextFiller filler = new TextFiller(certificate.values(), font);
        try (PDDocument document = new PDDocument()) {
            PDType0Font pdfFont = font.embed(document, embedding == FontEmbedding.SUBSET);
            int pages;
            try (PageComposer page = new PageComposer(document, pdfFont, font, templates.frame(), filler::fill)) {
                CertificateLayout layout = new CertificateLayout(page, filler, breaker, templates.frame());
                page.newPage();
                layout.title(template.title());
                for (Block block : template.blocks()) {
                    layout.block(block);
                }
                layout.closing(certificate.issuance().verificationUrl().toString(), seal, sealDiameterMm);
                page.finish();
                pages = page.pageCount();
            }
            pdfA.apply(document, template.title());
            ByteArrayOutputStream out = new ByteArrayOutputStream(EXPECTED_PDF_BYTES);
            document.save(out);
            return new RenderedCertificate(out.toByteArray(), pages, filler.unrendered());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render a certificate " + certificate.type() + " in memory", e);
        }
    }

    /** Fails, naming the template and the characters, when a template's own text has a character the font lacks. */
    private static void checkTemplateText(Templates templates, CertificateFont font) {
        List<String> problems = new ArrayList<>();
        checkText("page.json", literalText(templates.frame()), font, problems);
        templates.byType().forEach((type, template) -> checkText(type.id() + ".json", literalText(template), font, problems));
        if (!problems.isEmpty()) {
            throw new InvalidTemplateException("the certificate font cannot draw " + String.join("; ", problems));
        }
    }

    private static void checkText(String file, List<String> texts, CertificateFont font, List<String> problems) {
        texts.stream().map(Placeholders::literal).flatMapToInt(String::codePoints).filter(c -> !font.canDraw(c)).distinct()
                .forEach(c -> problems.add(String.format("U+%04X (%s) in certificates/%s", c, Character.toString(c), file)));
    }

    private static List<String> literalText(PageFrame frame) {
        List<String> texts = new ArrayList<>(List.of(frame.header().text(), frame.footer().text(), frame.closing().qrCaption()));
        texts.addAll(frame.closing().lines());
        texts.addAll(frame.closing().signature());
        return texts;
    }

    private static List<String> literalText(CertificateTemplate template) {
        List<String> texts = new ArrayList<>(List.of(template.title()));
        for (Block block : template.blocks()) {
            if (block instanceof Block.Fields fields) {
                fields.fields().forEach(field -> texts.addAll(List.of(field.label(), field.value())));
            } else if (block instanceof Block.Heading heading) {
                texts.add(heading.text());
            } else if (block instanceof Block.Table table) {
                texts.add(table.emptyText());
                table.columns().forEach(column -> texts.addAll(List.of(column.header(), column.value())));
                table.groups().forEach(group -> texts.add(group.header()));
            } else if (block instanceof Block.Paragraph paragraph) {
                texts.add(paragraph.text());
            }
        }
        return texts;
    }
}
