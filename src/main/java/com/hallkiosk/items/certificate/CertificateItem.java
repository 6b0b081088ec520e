package com.hallkiosk.items.certificate;

import com.hallkiosk.business.BusinessException;
import com.hallkiosk.business.BusinessSystem;
import com.hallkiosk.certificate.Issuance;
import com.hallkiosk.device.DeviceHealth;
import com.hallkiosk.device.document.DocumentPrinter;
import com.hallkiosk.device.document.PrintablePdf;
import com.hallkiosk.items.A4Document;
import com.hallkiosk.items.Choice;
import com.hallkiosk.items.Confirmation;
import com.hallkiosk.items.EnteredPins;
import com.hallkiosk.items.Identity;
import com.hallkiosk.items.IdentitySource;
import com.hallkiosk.items.ItemOutcome;
import com.hallkiosk.items.SelfServiceItem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A certificate printed at the kiosk, the same for the four of them (the {@link CertificateKind} says what
 * differs): identify by 社会保障卡 or 居民身份证 → the central says whether the person may have it and what to
 * choose → a masked preview → the certificate is numbered, rendered and printed on the A4 printer → receipt.
 *
 * <p>The seeds ask for the holder's card or ID card (000 #8 {@code "社会保障卡或居民身份证原件"}, 004 #19
 * {@code "社会保障卡或身份证原件"}, 004 #35 {@code "有效身份证件（居民身份证、社会保障卡、…）"}, 000 #7
 * {@code "法定代表人社会保障卡或居民身份证原件，或单位介绍信"}); 001 #5 asks for {@code "身份证原件或电子社保卡"}, and a
 * 社保卡 read here is taken as the holder's card too. A card is checked to be the one the central knows for
 * its holder before anything is looked up.
 *
 * <p>"Done" at the central is the certificate being numbered: the journal keeps its number as the entry's
 * reference, which the central's verification page looks up. When the A4 printer cannot print, the person
 * is told before choosing, nothing is sent to the printer (a job held in a stopped queue would come out
 * later, for whoever stands there), and the receipt carries the number, the verification code and the
 * verification address instead; when a job fails, the controller puts the same on the receipt.
 */
public final class CertificateItem implements SelfServiceItem {
    static final String A4_NOT_READY = "A4打印机暂时不能打印。证明可以照常办理：办完后凭条上会印出证明编号和核验码，"
            + "凭它们可以在网上核验这份证明；需要纸质证明，请到窗口打印。";

    private final CertificateKind kind;
    private final BusinessSystem central;
    private final CertificateOffice office;
    private final Optional<DocumentPrinter> a4;

    /** @param a4 the A4 printer ({@link com.hallkiosk.items.ItemServices#documents()}); empty on a kiosk without one */
    public CertificateItem(CertificateKind kind, BusinessSystem central, CertificateOffice office,
                           Optional<DocumentPrinter> a4) {
        this.kind = kind;
        this.central = central;
        this.office = office;
        this.a4 = a4;
    }

    /** The certificate type's id, which the journal keeps as the operation and the verification page names. */
    @Override
    public String id() {
        return kind.facts().type().id();
    }

    @Override
    public List<String> catalogNames() {
        return kind.facts().catalogNames();
    }

    @Override
    public List<IdentitySource> identifiedBy() {
        return List.of(IdentitySource.SOCIAL_SECURITY_CARD, IdentitySource.ID_CARD);
    }

    @Override
    public List<Choice> choices(Identity who) throws BusinessException {
        if (who.cardNumber().isPresent()
                && !central.personByCardNumber(who.cardNumber().get()).idNumber().equalsIgnoreCase(who.idNumber())) {
            throw new BusinessException.HolderMismatch();
        }
        if (!central.certificatesFor(who.idNumber()).contains(kind.facts().type())) {
            throw kind.facts().notEntitled().get();
        }
        return kind.choices(who);
    }

    @Override
    public String beforeChoosing(Identity who) {
        return a4CanPrint() ? "" : A4_NOT_READY;
    }

    @Override
    public Confirmation confirmation(Identity who, Choice chosen) throws BusinessException {
        CertificateDraft draft = kind.draft(who, chosen);
        List<String> lines = new ArrayList<>(about(chosen, draft));
        lines.add(1, who.holderLine());
        if (!a4CanPrint()) {
            lines.add(A4_NOT_READY);
        }
        lines.add("下面是证明的预览：姓名只显示第一个字；打印出的证明上是您的全名，证件号码只显示前6位和后4位。");
        return new Confirmation(lines, Optional.of(office.previewPng(draft.content())));
    }

    @Override
    public String confirmLabel() {
        return "确认打印";
    }

    @Override
    public ItemOutcome act(Identity who, Choice chosen, EnteredPins pins) throws BusinessException {
        CertificateDraft draft = kind.draft(who, chosen);
        CertificateOffice.Issued issued = office.issue(draft.content());
        Issuance issuance = issued.issuance();
        List<String> result = new ArrayList<>(about(chosen, draft));
        result.add("证明编号：" + issuance.certificateNumber());
        List<String> online = List.of("核验码：" + issuance.verificationCode(), "网上核验：" + issuance.verificationUrl(),
                "凭证明编号和核验码可以在网上核验这份证明；需要纸质证明，请到窗口打印。");
        Optional<A4Document> document = Optional.empty();
        String detail = "issued " + kind.facts().type().id();
        if (a4CanPrint()) {
            document = Optional.of(new A4Document(PrintablePdf.of(issued.pdf(), kind.facts().type().id()), kind.facts().name(), online));
        } else {
            result.add("A4打印机暂时不能打印，这次没有打印纸质证明。");
            result.addAll(online);
            detail += "; the A4 printer could not print, so the receipt carries the verification code";
        }
        Arrays.fill(issued.pdf(), (byte) 0);
        return new ItemOutcome(result, List.of("扫描证明上的二维码，可以核验证明的真伪。"), detail,
                issuance.certificateNumber(), document);
    }

    @Override
    public String refusal(BusinessException refused) {
        String own = kind.facts().refusals().get(refused.getClass());
        if (own != null) {
            return own;
        }
        if (refused instanceof BusinessException.UnknownPerson) {
            return "业务系统里没有查到您的参保信息，这里不能打印" + kind.facts().name() + "。";
        }
        if (refused instanceof BusinessException.UnknownCard || refused instanceof BusinessException.HolderMismatch) {
            return "这张社保卡在业务系统里登记的不是这位持卡人，不能用它打印证明。";
        }
        return "业务系统没有出具这份" + kind.facts().name() + "。";
    }

    /** The certificate, what was chosen and the kind's own lines: the confirm step's and the receipt's. */
    private List<String> about(Choice chosen, CertificateDraft draft) {
        List<String> lines = new ArrayList<>();
        lines.add("证明：" + kind.facts().name());
        lines.add("打印范围：" + chosen.label());
        lines.addAll(draft.lines());
        return lines;
    }

    /** READY, or WARNING (supplies low), prints; NOT_READY and OFFLINE do not, nor a kiosk without the printer. */
    private boolean a4CanPrint() {
        return a4.map(DocumentPrinter::health).map(DeviceHealth::canWork).orElse(false);
    }
}
