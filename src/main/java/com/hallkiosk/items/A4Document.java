package com.hallkiosk.items;

import com.hallkiosk.device.document.PrintablePdf;
import java.util.List;

/**
 * A document an item prints on the A4 printer before its receipt (a certificate). When it does not come
 * out, {@code ifNotPrinted} goes on the screen and the receipt instead: how to get the document another way
 * (the certificate's number and verification code, to fetch it online).
 *
 * @param name what the document is, in words: "个人参保证明"
 */
public record A4Document(PrintablePdf pdf, String name, List<String> ifNotPrinted) {
    public A4Document {
        ifNotPrinted = List.copyOf(ifNotPrinted);
    }
}
