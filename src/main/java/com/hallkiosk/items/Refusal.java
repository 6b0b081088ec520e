package com.hallkiosk.items;

import java.util.List;

/**
 * A look-up found that the person cannot do the item, for reasons that take more than a sentence: a benefit
 * application refused by several rules, each named with its source. {@link com.hallkiosk.business.BusinessException} carries one reason
 * of the central's in one sentence ({@link SelfServiceItem#refusal}); this carries the item's own decision in
 * lines, and the controller shows them all.
 *
 * @param reason   the sentence that says what is not possible, e.g. "您现在不能申请失业保险金，原因如下："
 * @param lines    the reasons, one a line ("参保缴纳失业保险费累计不足 12 个月（…） — 001 违规禁办 五.2")
 * @param atWindow whether a window can help (the controller adds where it is); false when nobody can now (a
 *                 policy that ended), and only the phone is given
 */
public final class Refusal extends Exception {
    private final String reason;
    private final List<String> lines;
    private final boolean atWindow;

    private Refusal(String reason, List<String> lines, boolean atWindow) {
        super(reason, null, false, false);
        this.reason = reason;
        this.lines = List.copyOf(lines);
        this.atWindow = atWindow;
    }

    /** Not at this kiosk: a window decides (the rules refused, or the kiosk lacks what it needs to decide). */
    public static Refusal atWindow(String reason, List<String> lines) {
        return new Refusal(reason, lines, true);
    }

    /** Not anywhere now: the item itself is closed. */
    public static Refusal closed(String reason, List<String> lines) {
        return new Refusal(reason, lines, false);
    }

    public String reason() {
        return reason;
    }

    public List<String> lines() {
        return lines;
    }

    public boolean atWindow() {
        return atWindow;
    }
}
