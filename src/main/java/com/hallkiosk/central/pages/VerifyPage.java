package com.hallkiosk.central.pages;

import com.hallkiosk.central.http.Access;
import com.hallkiosk.central.http.ApiRequest;
import com.hallkiosk.central.http.ApiResponse;
import com.hallkiosk.central.http.RouteSet;
import com.hallkiosk.central.http.Routes;
import com.hallkiosk.certificate.CertificateIssuer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code GET /verify/{number}?code=...}: what a citizen, or whoever is handed the paper, sees on scanning
 * a certificate's QR code. The code is checked first (an HMAC of the number under the key the kiosks
 * print with), then the number is looked up in the journal; each outcome has its own plain page. Nothing
 * is shown that the journal does not hold, and the journal holds only masked data.
 */
public final class VerifyPage implements RouteSet {
    /** Crockford's base 32, as {@link CertificateIssuer} writes numbers and codes. */
    private static final String BASE32 = "[0-9A-HJKMNP-TV-Z]";
    private static final Pattern NUMBER = Pattern.compile("[A-Z]{2}-\\d{8}-\\d{6}-" + BASE32 + "{4}");
    private static final Pattern CODE = Pattern.compile(BASE32 + "{4}-" + BASE32 + "{4}");
    private static final int LONGEST_INPUT = 64;
    private static final DateTimeFormatter ISSUED_AT = DateTimeFormatter.ofPattern("uuuu年M月d日 HH:mm:ss");
    private static final Map<String, String> TYPE_NAMES = Map.of(
            "personal-contribution", "个人参保证明",
            "rights-record", "社会保险个人权益记录单",
            "pension-receipt", "职工养老待遇领取证明",
            "unit", "单位参保证明");
    private static final String TITLE = "证明核验";
    /** Where a number and code printed on a certificate or a kiosk receipt are typed; it sends them to /verify. */
    private static final String FORM = "<form method=\"get\" action=\"/verify\">"
            + "<p><label>证明编号 <input name=\"number\" required maxlength=\"64\" placeholder=\"CB-20261122-160005-7K4Q\""
            + " autocomplete=\"off\"></label></p>"
            + "<p><label>核验码 <input name=\"code\" required maxlength=\"64\" placeholder=\"ABCD-1234\""
            + " autocomplete=\"off\"></label></p>"
            + "<p><button type=\"submit\">核验</button></p></form>";

    private final Optional<String> verificationKey;
    private final IssuedCertificates certificates;
    private final ZoneId zone;

    /**
     * @param verificationKey the key the kiosks make codes with; empty when the central has none configured,
     *                        and then every code is answered "cannot be checked here", never "forged"
     * @param zone            the halls' time zone, in which issue times are shown
     */
    public VerifyPage(Optional<String> verificationKey, IssuedCertificates certificates, ZoneId zone) {
        this.verificationKey = verificationKey;
        this.certificates = certificates;
        this.zone = zone;
    }

    @Override
    public void addTo(Routes routes) {
        routes.get("/verify/{number}", Access.PUBLIC,
                request -> verify(request.pathParameter("number"), request.queryParameter("code").orElse("")));
        routes.get("/verify", Access.PUBLIC, this::typed);
    }

    /**
     * {@code GET /verify}: the form where the number and the code printed on a certificate (or on the
     * kiosk's receipt, when the A4 printer could not print) are typed; it sends them back here.
     */
    private ApiResponse typed(ApiRequest request) {
        Optional<String> number = request.queryParameter("number").filter(n -> !n.isBlank());
        if (number.isEmpty()) {
            return Html.response(200, TITLE, "<h1>证明核验</h1><p>请输入证明（或自助终端凭条）上印的证明编号和核验码。</p>" + FORM);
        }
        return verify(number.get(), request.queryParameter("code").orElse(""));
    }

    private ApiResponse verify(String typedNumber, String typedCode) {
        String number = typedNumber.trim().toUpperCase(Locale.ROOT);
        String code = typedCode.trim().toUpperCase(Locale.ROOT);
        if (number.length() > LONGEST_INPUT || code.length() > LONGEST_INPUT
                || !NUMBER.matcher(number).matches() || !CODE.matcher(code).matches()) {
            return malformed();
        }
        if (verificationKey.isEmpty()) {
            return Html.response(503, TITLE, "<h1>证明核验</h1><p class=\"verdict unsure\">核验服务尚未配置,暂时无法核验。</p>"
                    + "<p>请稍后再试,或持证明到人社服务窗口核验。</p>");
        }
        String expected = CertificateIssuer.verificationCode(verificationKey.get(), number);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), code.getBytes(StandardCharsets.US_ASCII))) {
            return Html.response(200, TITLE, "<h1>证明核验</h1><p class=\"verdict bad\">核验未通过:核验码与证明编号不符,"
                    + "此证明可能是伪造或被篡改的。</p>" + facts(number, code)
                    + "<p>请仔细核对证明上的编号和核验码;如仍不符,请勿采信此证明,并联系出具证明的人社服务机构。</p>");
        }
        Optional<IssuedCertificate> found = certificates.find(number);
        if (found.isEmpty()) {
            return Html.response(404, TITLE, "<h1>证明核验</h1><p class=\"verdict unsure\">核验码正确,但中心尚未收到这份证明的"
                    + "出具记录。</p>" + facts(number, code) + "<p>自助终端可能还没有上传这份证明的记录(例如终端暂时离线)。"
                    + "请过一段时间再扫码核验;如仍查不到,请联系出具证明的人社服务机构。</p>");
        }
        return genuine(found.get(), code);
    }

    private ApiResponse genuine(IssuedCertificate certificate, String code) {
        String type = TYPE_NAMES.getOrDefault(certificate.typeId(), certificate.typeId());
        String body = "<h1>证明核验</h1><p class=\"verdict good\">核验通过:这是人社自助终端出具的真实证明。</p><dl>"
                + row("证明类型", type)
                + row("证明编号", certificate.number())
                + row("核验码", code)
                + row("持证人姓名", certificate.holderName())
                + row("持证人证件号码", certificate.holderIdNumber())
                + row("出具时间", ISSUED_AT.format(certificate.issuedAt().atZone(zone)))
                + row("出具终端", certificate.kioskId())
                + "</dl><p class=\"note\">为保护个人信息,姓名和证件号码只显示部分。请将以上内容与纸质证明逐项核对。</p>";
        return Html.response(200, TITLE, body);
    }

    private static ApiResponse malformed() {
        return Html.response(400, TITLE, "<h1>证明核验</h1><p class=\"verdict bad\">无法核验:证明编号或核验码的格式不正确。</p>"
                + "<p>证明编号形如 CB-20261122-160005-7K4Q,核验码形如 ABCD-1234,均印在证明上。"
                + "请扫描证明上的二维码,或在下面重新输入。</p>" + FORM);
    }

    private static String facts(String number, String code) {
        return "<dl>" + row("证明编号", number) + row("核验码", code) + "</dl>";
    }

    private static String row(String term, String value) {
        return "<dt>" + Html.text(term) + "</dt><dd>" + Html.text(value) + "</dd>";
    }
}
