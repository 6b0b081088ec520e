package com.hallkiosk.certificate.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;

class PdfATest {
    @Test
    void theMetadataNamesPdfA2bTheTitleAndTheProducer() throws Exception {
        XMPMetadata xmp = new DomXmpParser().parse(new ByteArrayInputStream(PdfA.xmp("社会保险<单位>参保证明 & 附件")));
        assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(2);
        assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("B");
        assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo("社会保险<单位>参保证明 & 附件");
        assertThat(xmp.getAdobePDFSchema().getProducer()).isEqualTo(PdfA.PRODUCER);
    }
}
