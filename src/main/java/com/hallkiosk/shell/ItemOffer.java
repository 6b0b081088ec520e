package com.hallkiosk.shell;

import com.hallkiosk.items.ItemController;
import com.hallkiosk.items.ItemView;
import java.util.function.Function;

/**
 * A self-service item this kiosk offers, as the composition root hands it to the shell. The shell makes the
 * controller itself, with a view of its own that brings the item's steps onto its worker.
 *
 * @param itemId        the item's own id ({@code card-unlock}), as in {@code items.properties}
 * @param catalogItemId the region's catalog item it does (the home tile it belongs to)
 * @param label         what the item is called where one catalog item has several (挂失, 解挂)
 * @param controller    makes the item's controller on the given view
 */
public record ItemOffer(String itemId, String catalogItemId, String label,
                        Function<ItemView, ItemController> controller) {
}
