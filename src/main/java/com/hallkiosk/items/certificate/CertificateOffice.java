package com.hallkiosk.items.certificate;

import com.hallkiosk.certificate.Certificate;
import com.hallkiosk.certificate.CertificateIssuer;
import com.hallkiosk.certificate.Issuance;
import com.hallkiosk.certificate.content.CertificateContent;
import com.hallkiosk.certificate.content.Holder;
import com.hallkiosk.certificate.content.PensionReceipt;
import com.hallkiosk.certificate.content.PersonalContribution;
import com.hallkiosk.certificate.content.RightsRecord;
import com.hallkiosk.certificate.content.UnitContribution;
import com.hallkiosk.privacy.PersonalDataMasking;
import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Where the certificate items number and render certificates, and draw the confirm step's preview; the
 * certificate package does the numbering ({@link CertificateIssuer}) and the drawing (the renderer).
 *
 * <p>The preview is the same certificate with the holder's name masked as well (every certificate masks the
 * identity number, see {@link Holder}), and a placeholder number and code in place of real ones, so that a
 * photo of the screen is neither the person's certificate nor one that verifies. Page 1 is drawn ~700 px
 * wide, which a kiosk screen shows whole, and marked 预览 across.
 */
public final class CertificateOffice {
    static final int PREVIEW_WIDTH_PX = 700;
    /** Letters and dashes, as an {@link Issuance} requires, and plainly not a real number or code. */
    private static final String PLACEHOLDER = "PREVIEW";
    private static final String MARK = "预览";
    private static final Color MARK_COLOUR = new Color(200, 30, 30);
    private static final float MARK_ALPHA = 0.28f;
    private static final double MARK_ANGLE = Math.toRadians(-30);

    private final CertificateIssuer issuer;
    private final WarmRenderer renderer;
    private final Font markFont;

    /** @param markFont a font that can draw 预览 (the kiosk's own), at any size */
    public CertificateOffice(CertificateIssuer issuer, WarmRenderer renderer, Font markFont) {
        this.issuer = issuer;
        this.renderer = renderer;
        this.markFont = markFont;
    }

    /** A numbered certificate and its PDF; the bytes are the caller's, to wipe once printed. */
    public record Issued(Issuance issuance, byte[] pdf) {
    }

    /** Gives the certificate its number and verification code and renders it. */
    public Issued issue(CertificateContent content) {
        Issuance issuance = issuer.issue(content.type());
        return new Issued(issuance, renderer.get().render(new Certificate(issuance, content)).pdf());
    }

    /** The masked preview of the certificate, as a PNG. */
    public byte[] previewPng(CertificateContent content) {
        BufferedImage page = PreviewImage.firstPage(previewPdf(content), PREVIEW_WIDTH_PX);
        mark(page);
        return PreviewImage.png(page);
    }

    /** The preview before it is drawn: masked holder, placeholder number and code. */
    byte[] previewPdf(CertificateContent content) {
        Issuance real = issuer.issue(content.type());
        Issuance placeholder = new Issuance(real.issuingOffice(), real.certificateNumber().substring(0, 2) + "-" + PLACEHOLDER,
                real.issuedAt(), real.kioskId(), PLACEHOLDER, real.verificationPage());
        return renderer.get().render(new Certificate(placeholder, masked(content))).pdf();
    }

    /** The content with the holder's name masked; a unit certificate names no person. */
    static CertificateContent masked(CertificateContent content) {
        if (content instanceof PersonalContribution c) {
            return new PersonalContribution(masked(c.holder()), c.insurances(), c.years());
        }
        if (content instanceof RightsRecord c) {
            return new RightsRecord(masked(c.holder()), c.periodFrom(), c.periodTo(), c.insurances(), c.pensionAccount());
        }
        if (content instanceof PensionReceipt c) {
            return new PensionReceipt(masked(c.holder()), c.firstMonth(), c.asOf(), c.monthlyAmount(), c.status(), c.years());
        }
        return (UnitContribution) content;
    }

    private static Holder masked(Holder holder) {
        return new Holder(PersonalDataMasking.name(holder.name()), holder.idNumber());
    }

    /** 预览 across the page, large and light, so the picture cannot pass for the certificate. */
    private void mark(BufferedImage page) {
        Graphics2D g = page.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, MARK_ALPHA));
            g.setColor(MARK_COLOUR);
            String mark = markFont.canDisplayUpTo(MARK) == -1 ? MARK : PLACEHOLDER;
            g.setFont(markFont.deriveFont(Font.BOLD, page.getWidth() / (float) (mark.length() + 1)));
            FontMetrics metrics = g.getFontMetrics();
            g.rotate(MARK_ANGLE, page.getWidth() / 2.0, page.getHeight() / 2.0);
            g.drawString(mark, (page.getWidth() - metrics.stringWidth(mark)) / 2,
                    (page.getHeight() + metrics.getAscent() - metrics.getDescent()) / 2);
        } finally {
            g.dispose();
        }
    }
}
