package com.hallkiosk.device;

import java.util.List;
import java.util.Optional;

/**
 * The nations (民族) of GB 3304 by their two-digit code, as resident ID cards (GA/T 467 text block)
 * and social security cards (EF06 tag 0B) store them. Source: docs protocols §1.10.
 */
public final class Nations {
    private static final List<String> BY_CODE = List.of(
            "汉", "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家",
            "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜",
            "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒",
            "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙", "鄂伦春", "赫哲", "门巴",
            "珞巴", "基诺");
    private static final int OTHER = 97;
    private static final int FOREIGN_ORIGIN = 98;

    private Nations() {
    }

    /** The nation for a code such as "01" or 1; empty for a code GB 3304 does not define. */
    public static Optional<String> byCode(int code) {
        if (code >= 1 && code <= BY_CODE.size()) {
            return Optional.of(BY_CODE.get(code - 1));
        }
        if (code == OTHER) {
            return Optional.of("其他");
        }
        if (code == FOREIGN_ORIGIN) {
            return Optional.of("外国血统中国籍人士");
        }
        return Optional.empty();
    }

    public static Optional<String> byCode(String code) {
        try {
            return byCode(Integer.parseInt(code.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
