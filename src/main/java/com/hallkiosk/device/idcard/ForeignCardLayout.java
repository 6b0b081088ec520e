package com.hallkiosk.device.idcard;

import java.util.List;

/**
 * Where the foreign permanent resident card (外国人永久居留身份证, type flag I) keeps its fields in the
 * 256-byte text block.
 *
 * <p>UNVERIFIED (protocols §1.13): the field sizes are sourced (a vendor SDK header), their order is
 * not. The order in {@link #VENDOR_SDK_ORDER} is the one vendor SDK documents are remembered to use.
 * Everything that depends on it is in this one record, which the reader's settings carry, so that a
 * kiosk can be given the right order without a code change once a real card has been read; the
 * decoder rejects a card whose fields do not make sense in the order given, rather than returning
 * nonsense.
 */
public record ForeignCardLayout(TextField englishName, TextField gender, TextField number, TextField nationality,
                                TextField chineseName, TextField validFrom, TextField validTo, TextField birth,
                                TextField authority) {

    /** UNVERIFIED: English name 0+120, gender 120+2, number 122+30, nationality 152+6, Chinese name 158+30, issued 188+16, expires 204+16, birth 220+16, (version 236+4), authority 240+8. */
    public static final ForeignCardLayout VENDOR_SDK_ORDER = new ForeignCardLayout(
            new TextField(0, 120), new TextField(120, 2), new TextField(122, 30), new TextField(152, 6),
            new TextField(158, 30), new TextField(188, 16), new TextField(204, 16), new TextField(220, 16),
            new TextField(240, 8));

    public ForeignCardLayout {
        List<TextField> fields = List.of(englishName, gender, number, nationality, chineseName, validFrom, validTo, birth,
                authority, IdCardText.TYPE_FLAG);
        for (int i = 0; i < fields.size(); i++) {
            for (int j = i + 1; j < fields.size(); j++) {
                if (fields.get(i).overlaps(fields.get(j))) {
                    throw new IllegalArgumentException("foreign card fields overlap (or cover the type flag at 248): "
                            + fields.get(i) + ", " + fields.get(j));
                }
            }
        }
    }
}
