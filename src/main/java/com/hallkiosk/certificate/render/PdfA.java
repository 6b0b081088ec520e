package com.hallkiosk.certificate.render;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * What makes a certificate PDF/A-2b (archivable, and checked by veraPDF in the tests) besides embedded
 * fonts: the sRGB output intent, and XMP metadata naming the conformance. The metadata holds only the
 * certificate's title and the producer, never personal data, so it is made once per title; the colour
 * profile is compressed once.
 */
final class PdfA {
    static final String PRODUCER = "Hall Kiosk";
    private static final String SRGB = "sRGB IEC61966-2.1";
    /** PDF/A-2 is based on PDF 1.7. */
    private static final float PDF_VERSION = 1.7f;

    private final byte[] profile;
    private final Map<String, byte[]> metadataByTitle;

    private PdfA(byte[] profile, Map<String, byte[]> metadataByTitle) {
        this.profile = profile;
        this.metadataByTitle = metadataByTitle;
    }

    static PdfA forTitles(Collection<String> titles) {
        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        return new PdfA(profile, titles.stream().distinct().collect(Collectors.toUnmodifiableMap(Function.identity(), PdfA::xmp)));
    }

    /** Marks {@code document} as PDF/A-2b with {@code title} (one of the titles given at creation). */
    void apply(PDDocument document, String title) throws IOException {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage("zh-CN");
        document.getDocumentInformation().setTitle(title);
        document.getDocumentInformation().setProducer(PRODUCER);
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(metadataByTitle.get(title));
        catalog.setMetadata(metadata);
        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(profile));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);
        document.getDocument().setVersion(PDF_VERSION);
    }

    /**
     * The XMP packet, written out rather than built with xmpbox: xmpbox's DOM and XML transformer cost
     * ~0.14 s on a fresh JVM for these dozen lines. The tests read it back with xmpbox and veraPDF.
     */
    static byte[] xmp(String title) {
        String packet = """
                <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
                <x:xmpmeta xmlns:x="adobe:ns:meta/">
                  <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                    <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
                        xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
                      <dc:title><rdf:Alt><rdf:li xml:lang="x-default">%s</rdf:li></rdf:Alt></dc:title>
                      <pdf:Producer>%s</pdf:Producer>
                      <pdfaid:part>2</pdfaid:part>
                      <pdfaid:conformance>B</pdfaid:conformance>
                    </rdf:Description>
                  </rdf:RDF>
                </x:xmpmeta>
                <?xpacket end="w"?>""".formatted(escape(title), escape(PRODUCER));
        return packet.getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
