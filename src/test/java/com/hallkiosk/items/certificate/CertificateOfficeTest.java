package com.hallkiosk.items.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import com.hallkiosk.certificate.CertificateFixture;
import com.hallkiosk.certificate.CertificateType;
import com.hallkiosk.certificate.content.CertificateContent;
import com.hallkiosk.certificate.content.Holder;
import com.hallkiosk.certificate.content.PersonalContribution;
import com.hallkiosk.certificate.sample.SampleCertificates;
import com.hallkiosk.fonts.KioskFonts;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The certificates as the items issue them, and their previews: masked, not numbered, marked. */
class CertificateOfficeTest {
    private static final String NAME = "王喆";
    private static final String ID = "21030319610218152X";

    private final CertificateOffice office = new CertificateOffice(CertificateFixture.issuer(),
            WarmRenderer.of(CertificateFixture.renderer()), KioskFonts.load().bold(12));

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void theIssuedCertificateNamesTheHolderInFullMasksTheIdNumberAndCarriesItsNumberAndCode() throws Exception {
        CertificateOffice.Issued issued = office.issue(SampleCertificates.of(CertificateType.PENSION_RECEIPT, NAME));
        assertThat(issued.issuance().certificateNumber()).startsWith("DY-");
        assertThat(text(issued.pdf())).contains(NAME, "210303********152X", issued.issuance().certificateNumber(),
                issued.issuance().verificationCode()).doesNotContain(ID, "PREVIEW");
    }

    @Test
    void thePreviewMasksTheNameEverywhereItIsPrintedAndCarriesNoRealNumberOrCode() throws Exception {
        String preview = text(office.previewPdf(SampleCertificates.of(CertificateType.PENSION_RECEIPT, NAME)));
        // The pension certificate names its holder twice: the field, and "兹证明{holderName}自…".
        assertThat(preview).contains("王***", "兹证明王***自", "210303********152X", "DY-PREVIEW", "PREVIEW")
                .doesNotContain(NAME, ID);
    }

    @Test
    void thePreviewIsAPngAScreenShowsWhole() throws Exception {
        byte[] png = office.previewPng(SampleCertificates.of(CertificateType.PERSONAL_CONTRIBUTION, NAME));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(CertificateOffice.PREVIEW_WIDTH_PX);
        assertThat(image.getHeight()).isBetween(980, 1000);
    }

    @Test
    void aUnitCertificateNamesNoPersonAndIsPreviewedAsItIs() {
        CertificateContent unit = SampleCertificates.of(CertificateType.UNIT, null);
        assertThat(CertificateOffice.masked(unit)).isSameAs(unit);
        CertificateContent personal = SampleCertificates.personalContribution(new Holder(NAME, ID),
                YearMonth.of(2008, 3));
        assertThat(((PersonalContribution) CertificateOffice.masked(personal)).holder()).isEqualTo(new Holder("王***", ID));
    }
}
