package com.hallkiosk.demo;

import java.nio.charset.Charset;

/**
 * Which names a demo card may carry. "Rare" means outside GB 2312, the set that old fonts, printers and
 * encoders stop at. The 社保卡 stores its name in GBK (protocols §2.4), so a name GBK cannot encode (䶮, CJK
 * extension A, is one the demo population draws) cannot be put on an emulated 社保卡 at all.
 */
final class PersonNames {
    private static final Charset GB2312 = Charset.forName("GB2312");
    private static final Charset GBK = Charset.forName("GBK");

    private PersonNames() {
    }

    static boolean isCommon(String name) {
        return GB2312.newEncoder().canEncode(name);
    }

    /** Outside GB 2312 and still on a 社保卡: GBK holds it. */
    static boolean isRare(String name) {
        return !isCommon(name) && fitsOnSocialSecurityCard(name);
    }

    static boolean fitsOnSocialSecurityCard(String name) {
        return GBK.newEncoder().canEncode(name);
    }
}
