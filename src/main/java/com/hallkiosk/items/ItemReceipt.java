package com.hallkiosk.items;

import com.hallkiosk.device.receipt.Receipt;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The 凭条 of a done item: transaction number, time, kiosk, item, the person masked, the result and the next
 * steps (the item's own, then the catalog's channels and phone); {@code notes} are what happened to a document
 * printed with it (the certificate came out, or how to fetch it online when it did not). Built in memory and handed to the printer;
 * it holds only masked personal data, so a copy kept for "print again" leaks nothing.
 */
public final class ItemReceipt {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private ItemReceipt() {
    }

    public static Receipt of(String itemName, String transactionNumber, Instant at, ZoneId zone, String kioskId,
                             String hallName, Identity who, ItemOutcome outcome, List<String> notes,
                             CatalogGuidance guidance) {
        List<Receipt.Line> lines = new ArrayList<>();
        lines.add(Receipt.heading(itemName));
        lines.add(new Receipt.Divider());
        lines.add(Receipt.text("交易流水号：" + transactionNumber));
        lines.add(Receipt.text("时间：" + TIME.format(at.atZone(zone))));
        lines.add(Receipt.text("终端：" + kioskId + "（" + hallName + "）"));
        lines.add(Receipt.text("办理人：" + who.maskedName() + " " + who.maskedIdNumber()));
        lines.add(new Receipt.Divider());
        lines.add(Receipt.text("结果：已办理"));
        outcome.result().forEach(line -> lines.add(Receipt.text(line)));
        notes.forEach(line -> lines.add(Receipt.text(line)));
        lines.add(new Receipt.Divider());
        lines.add(Receipt.text("下一步："));
        outcome.nextSteps().forEach(line -> lines.add(Receipt.text(line)));
        guidance.channelLines().forEach(line -> lines.add(Receipt.text(line)));
        lines.add(new Receipt.Feed(2));
        return new Receipt(lines);
    }
}
