package com.hallkiosk.device.receipt;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The receipt {@code doctor receipt-test} prints: Chinese text, ¥ (a 4-byte GB18030 code, printed as
 * its full-width twin on 2-byte printers), two rare characters, both sizes, emphasis, a QR code, cut.
 */
public final class SelfTestReceipt {
    /** A name character (䶮, U+4DAE) outside GBK (GB18030 FE9F) but in the kiosk's font: drawn on GBK printers. */
    public static final String RARE = "䶮";
    /** 𠀀 (U+20000, CJK Extension B, GB18030 95 32 82 36): in no font the kiosk ships, so replaced with 〓 when drawn. */
    public static final String EXTENSION_B = "𠀀";
    private static final DateTimeFormatter PRINTED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private SelfTestReceipt() {
    }

    public static Receipt of(String model, Instant at, ZoneId zone) {
        return new Receipt(List.of(
                Receipt.heading("打印测试"),
                new Receipt.Text("凭条打印机自检 Receipt printer self-test", Receipt.Align.CENTER, false, false),
                new Receipt.Divider(),
                Receipt.text("中文：人力资源和社会保障自助服务终端"),
                Receipt.text("金额 Amount：¥12.50"),
                Receipt.text("生僻字 Rare：" + RARE + " " + EXTENSION_B),
                new Receipt.Text("大字 LARGE", Receipt.Align.LEFT, false, true),
                new Receipt.Text("粗体 Bold", Receipt.Align.LEFT, true, false),
                Receipt.text("普通 Normal"),
                Receipt.qr("hall-kiosk receipt test " + model),
                new Receipt.Divider(),
                new Receipt.Text(model + " · " + PRINTED_AT.format(at.atZone(zone)), Receipt.Align.CENTER, false, false),
                new Receipt.Feed(1)));
    }
}
