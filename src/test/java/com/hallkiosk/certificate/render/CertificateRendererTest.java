package com.hallkiosk.certificate.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.hallkiosk.certificate.Certificate;
import com.hallkiosk.certificate.CertificateFixture;
import com.hallkiosk.certificate.CertificateType;
import com.hallkiosk.certificate.PdfAValidation;
import com.hallkiosk.certificate.Pdftotext;
import com.hallkiosk.certificate.content.Holder;
import com.hallkiosk.certificate.content.Insurance;
import com.hallkiosk.certificate.content.InsuranceStatus;
import com.hallkiosk.certificate.content.PersonalContribution;
import com.hallkiosk.certificate.content.UnitContribution;
import com.hallkiosk.certificate.sample.SampleCertificates;
import com.hallkiosk.certificate.template.InvalidTemplateException;
import com.hallkiosk.certificate.template.TemplateLoader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every certificate type rendered from its template, read back as a citizen, a validator and a phone would. */
class CertificateRendererTest {
    /** The budget for a one-page certificate: 40 KB, read as 40 000 bytes. */
    private static final int ONE_PAGE_BUDGET = 40_000;
    private static final String FULL_ID = "210302197905140236";

    @TempDir
    Path directory;

    private static RenderedCertificate render(Certificate certificate) {
        return CertificateFixture.renderer().render(certificate);
    }

    /** pdftotext's text without white space: it spaces words by their positions, which a test need not care about. */
    private String text(RenderedCertificate rendered) throws Exception {
        return compact(Pdftotext.text(rendered.pdf(), directory));
    }

    private static String compact(String text) {
        return text.replaceAll("[\\s\u3000]", "");
    }

    private static String[] compact(String... texts) {
        return java.util.Arrays.stream(texts).map(CertificateRendererTest::compact).toArray(String[]::new);
    }

    @ParameterizedTest
    @EnumSource(CertificateType.class)
    void everyTypeIsAOnePageA4PdfWithinTheBudget(CertificateType type) throws Exception {
        RenderedCertificate rendered = render(CertificateFixture.sample(type));
        assertThat(rendered.pages()).isEqualTo(1);
        assertThat(rendered.unrenderedCharacters()).isEmpty();
        assertThat(rendered.pdf().length).isLessThanOrEqualTo(ONE_PAGE_BUDGET);
        try (PDDocument document = Loader.loadPDF(rendered.pdf())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            PDRectangle a4 = document.getPage(0).getMediaBox();
            assertThat(a4.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(0.5f));
            assertThat(a4.getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(0.5f));
            assertThat(document.getDocumentInformation().getTitle()).isNotBlank();
        }
    }

    @ParameterizedTest
    @EnumSource(CertificateType.class)
    void everyTypeIsPdfA2bByVeraPdf(CertificateType type) throws Exception {
        assertThat(PdfAValidation.failures(render(CertificateFixture.sample(type)).pdf())).isEmpty();
    }

    /** The validator can fail: a PDF without the output intent and metadata is not PDF/A. */
    @Test
    void theValidatorRejectsAPlainPdf() throws Exception {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage(PDRectangle.A4));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            assertThat(PdfAValidation.failures(out.toByteArray())).isNotEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(CertificateType.class)
    void pdftotextReturnsTheCertificatesText(CertificateType type) throws Exception {
        Certificate certificate = CertificateFixture.sample(type);
        String text = text(render(certificate));
        String title = TemplateLoader.shipped().load().of(type).title();
        assertThat(text).contains(compact(title, "鞍山市铁东区人力资源和社会保障服务中心", certificate.issuance().certificateNumber(),
                certificate.issuance().verificationCode(), "test-0001", "2026年11月22日 16:00:00", "第 1 页 共 1 页"));
        Map<String, String> fields = certificate.content().values().fields();
        assertThat(text).contains(fields.containsKey("holderName") ? fields.get("holderName") : fields.get("unitName"));
    }

    @Test
    void theIdentityNumberIsPrintedMasked() throws Exception {
        RenderedCertificate rendered = render(CertificateFixture.sample(CertificateType.PERSONAL_CONTRIBUTION));
        String text = text(rendered);
        assertThat(text).contains("210302********0236").doesNotContain(FULL_ID);
        assertThat(new String(rendered.pdf(), StandardCharsets.ISO_8859_1)).doesNotContain(FULL_ID);
    }

    @Test
    void rareCharactersPrintOrFallBackVisiblyAndAreReported() throws Exception {
        Certificate certificate = CertificateFixture.certificate(SampleCertificates.of(CertificateType.PERSONAL_CONTRIBUTION,
                "张堃喆䶮𠀀"));
        RenderedCertificate rendered = render(certificate);
        assertThat(rendered.unrenderedCharacters()).containsExactly(new UnrenderedCharacter(0x20000, "holderName"));
        assertThat(rendered.unrenderedCharacters().get(0)).hasToString("U+20000 in holderName");
        // Copied or extracted, the name is whole: the fallback mark carries the real character as ActualText.
        assertThat(text(rendered)).contains("张堃喆䶮𠀀");
        // Drawn, the character the font lacks is the mark 〓, not a blank or a .notdef box.
        try (PDDocument document = Loader.loadPDF(rendered.pdf())) {
            assertThat(drawnUnderActualText(document.getPage(0))).containsExactly(Map.entry("𠀀", "〓"));
        }
        assertThat(PdfAValidation.failures(rendered.pdf())).isEmpty();
    }

    /** Each ActualText span of {@code page} with the text its glyphs draw: what it stands for, and what is seen. */
    private static List<Map.Entry<String, String>> drawnUnderActualText(PDPage page) throws Exception {
        List<Map.Entry<String, String>> spans = new java.util.ArrayList<>();
        PDFont font = page.getResources().getFont(page.getResources().getFontNames().iterator().next());
        PDFStreamParser parser = new PDFStreamParser(page);
        String actualText = null;
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (token instanceof COSDictionary properties && properties.containsKey(COSName.ACTUAL_TEXT)) {
                actualText = properties.getString(COSName.ACTUAL_TEXT);
            } else if (token instanceof COSString shown && actualText != null) {
                StringBuilder drawn = new StringBuilder();
                java.io.InputStream codes = new java.io.ByteArrayInputStream(shown.getBytes());
                while (codes.available() > 0) {
                    drawn.append(font.toUnicode(font.readCode(codes)));
                }
                spans.add(Map.entry(actualText, drawn.toString()));
                actualText = null;
            }
        }
        return spans;
    }

    @Test
    void aLongRecordRunsOntoMorePagesWithTheTableHeaderOnEach() throws Exception {
        PersonalContribution record = SampleCertificates.personalContribution(new Holder("张堃", FULL_ID), YearMonth.of(1990, 7));
        RenderedCertificate rendered = render(CertificateFixture.certificate(record));
        assertThat(rendered.pages()).isGreaterThanOrEqualTo(2);
        try (PDDocument document = Loader.loadPDF(rendered.pdf())) {
            assertThat(document.getNumberOfPages()).isEqualTo(rendered.pages());
        }
        String text = text(rendered);
        String[] pages = compact(Pdftotext.text(rendered.pdf(), directory).split("\f"));
        for (int page = 1; page <= rendered.pages(); page++) {
            assertThat(pages[page - 1]).as("page %d", page).contains("第" + page + "页共" + rendered.pages() + "页");
        }
        assertThat(pages[0]).contains("月缴费基数（元）", "1990", "2010").doesNotContain("扫码核验");
        assertThat(pages[1]).contains("月缴费基数（元）", "各月缴费情况", "2026");
        assertThat(pages[rendered.pages() - 1]).contains("扫码核验", "特此证明");
        for (int year = 1990; year <= 2026; year++) {
            assertThat(text).contains(Integer.toString(year));
        }
        assertThat(PdfAValidation.failures(rendered.pdf())).isEmpty();
    }

    @Test
    void theQrCodeReadsBackAsTheVerificationAddress() throws Exception {
        Certificate certificate = CertificateFixture.sample(CertificateType.UNIT);
        try (PDDocument document = Loader.loadPDF(render(certificate).pdf())) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(page.getWidth(), page.getHeight(),
                    pixels)));
            String decoded = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true)).getText();
            assertThat(decoded).isEqualTo(certificate.issuance().verificationUrl().toString())
                    .startsWith("https://verify.hallkiosk.example/verify/DW-20261122-160000-");
        }
    }

    @Test
    void aUnitInArrearsGetsTheSeedsNotice() throws Exception {
        UnitContribution paid = (UnitContribution) SampleCertificates.of(CertificateType.UNIT, null);
        UnitContribution inArrears = new UnitContribution(paid.unitName(), paid.creditCode(), paid.periodFrom(),
                YearMonth.of(2026, 6), true, List.of(new UnitContribution.UnitInsurance(Insurance.PENSION,
                InsuranceStatus.IN_ARREARS, 40, YearMonth.of(2024, 1), YearMonth.of(2026, 6))));
        assertThat(text(render(CertificateFixture.certificate(inArrears))))
                .contains("该单位存在欠费，本证明只列出实际缴费时间段", "欠费", "2024年01月—2026年06月");
        assertThat(text(render(CertificateFixture.certificate(paid)))).doesNotContain("存在欠费");
    }

    @Test
    void anEmptyTableSaysSo() throws Exception {
        PersonalContribution none = new PersonalContribution(new Holder("张堃", FULL_ID), List.of(), List.of());
        assertThat(text(render(CertificateFixture.certificate(none)))).contains("无参保记录", "无缴费记录");
    }

    @Test
    void templateTextTheFontCannotDrawIsRefusedAtLoad() throws Exception {
        try (var files = Files.list(Path.of("src/main/resources/certificates"))) {
            for (Path file : files.toList()) {
                Files.copy(file, directory.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path unit = directory.resolve("unit.json");
        Files.writeString(unit, Files.readString(unit, StandardCharsets.UTF_8).replace("社会保险单位参保证明", "单位参保证明𠀀"),
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CertificateRenderer.load(TemplateLoader.from(directory),
                CertificateFixture.settings().sealImage(), 40, CertificateRenderer.FontEmbedding.SUBSET))
                .isInstanceOf(InvalidTemplateException.class)
                .hasMessageContaining("U+20000 (𠀀) in certificates/unit.json");
    }
}
